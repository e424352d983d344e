; RUN: %llc -O2 -mtriple=x86_64-unknown-linux-gnu %s -o %t.X86.o -filetype=obj -stack-report=%t.X86.jsonl
; RUN: %filecheck %s --check-prefix=X86 < %t.X86.jsonl
; RUN: %llc -O2 -mtriple=aarch64-unknown-linux-gnu %s -o %t.A64.o -filetype=obj -stack-report=%t.A64.jsonl
; RUN: %filecheck %s --check-prefix=A64 < %t.A64.jsonl
;
; Leaf functions whose locals live in the x86-64 red zone. X86FrameLowering
; subtracts up to 128 bytes from the stack size of such leaves, but they still
; touch those bytes. Depth = bytes below the caller's SP (x86: ret addr 8).
;
; x86-64 (llc -O2):
;   leaf_small:     movl %esi, -104(%rsp,%rdi,4)    ; array base at rsp-104
;                   entry rsp = S0-8, so the base is S0-112          -> 112
;   leaf_big:       subq $72, %rsp ; movl %esi, -128(%rsp,%rdi,4)
;                   8 + 72 + 128                                      -> 208
;   leaf_noredzone: subq $104, %rsp ; movl %esi, (%rsp,%rdi,4)
;                   8 + 104                                           -> 112
; AArch64 has no red zone by default:
;   leaf_small: sub sp, sp, #112 -> 112; leaf_big: #208 -> 208;
;   leaf_noredzone: #112 -> 112
;
; X86: "kind":"module"
; X86: "calls":[]{{.*}}"dynamic":false{{.*}}"name":"leaf_small","own_depth":112,
; X86: "calls":[]{{.*}}"dynamic":false{{.*}}"name":"leaf_big","own_depth":208,
; X86: "calls":[]{{.*}}"dynamic":false{{.*}}"name":"leaf_noredzone","own_depth":112,
; X86: "kind":"end"
; A64: "kind":"module"
; A64: "calls":[]{{.*}}"dynamic":false{{.*}}"name":"leaf_small","own_depth":112,
; A64: "calls":[]{{.*}}"dynamic":false{{.*}}"name":"leaf_big","own_depth":208,
; A64: "calls":[]{{.*}}"dynamic":false{{.*}}"name":"leaf_noredzone","own_depth":112,
; A64: "kind":"end"
declare void @llvm.lifetime.start.p0(ptr)
define i32 @leaf_small(i64 %i, i32 %v) {
  %a = alloca [25 x i32], align 16
  %p = getelementptr [25 x i32], ptr %a, i64 0, i64 %i
  store volatile i32 %v, ptr %p
  %q = getelementptr [25 x i32], ptr %a, i64 0, i64 3
  %r = load volatile i32, ptr %q
  ret i32 %r
}
define i32 @leaf_big(i64 %i, i32 %v) {
  %a = alloca [50 x i32], align 16
  %p = getelementptr [50 x i32], ptr %a, i64 0, i64 %i
  store volatile i32 %v, ptr %p
  %q = getelementptr [50 x i32], ptr %a, i64 0, i64 3
  %r = load volatile i32, ptr %q
  ret i32 %r
}
define i32 @leaf_noredzone(i64 %i, i32 %v) noredzone {
  %a = alloca [25 x i32], align 16
  %p = getelementptr [25 x i32], ptr %a, i64 0, i64 %i
  store volatile i32 %v, ptr %p
  %q = getelementptr [25 x i32], ptr %a, i64 0, i64 3
  %r = load volatile i32, ptr %q
  ret i32 %r
}
