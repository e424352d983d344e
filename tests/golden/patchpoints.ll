; RUN: %llc -O2 -mtriple=x86_64-unknown-linux-gnu %s -o %t.X86.o -filetype=obj -stack-report=%t.X86.jsonl
; RUN: %filecheck %s --check-prefix=X86 < %t.X86.jsonl
;
; Patchpoints and statepoints are calls that their own lowering shapes. Stock
; llc -O2, x86-64:
;   pp: pushq %rbp (16) ; movabsq $target_fn, %r11 ; callq *%r11 ; nops
;       -> the patchpoint's target is the callee: direct target_fn at 16
;   sp: pushq %rax (16) ; callq target_fn                 -> direct at 16
;   sp_patch: pushq %rax (16) ; nopl (8 patch bytes, a call the runtime writes)
;       -> an indirect call at 16: its target is unknown until patched (≥)
;
; X86: "kind":"module"
; X86: "calls":[{"callee":"target_fn",{{.*}}"depth":16,"depth_known":true,{{.*}}"kind":"direct","tail":false}]{{.*}}"name":"pp","own_depth":16,
; X86: "calls":[{"callee":"target_fn",{{.*}}"depth":16,"depth_known":true,{{.*}}"kind":"direct","tail":false}]{{.*}}"name":"sp","own_depth":16,
; X86: "calls":[{"depth":16,"depth_known":true,{{.*}}"kind":"indirect",{{.*}}"tail":false{{.*}}}]{{.*}}"name":"sp_patch","own_depth":16,
; X86: "kind":"end"
declare void @target_fn()
declare void @llvm.experimental.patchpoint.void(i64, i32, ptr, i32, ...)
declare token @llvm.experimental.gc.statepoint.p0(i64, i32, ptr, i32, i32, ...)
define void @pp() {
  call void (i64, i32, ptr, i32, ...) @llvm.experimental.patchpoint.void(i64 1, i32 16, ptr @target_fn, i32 0)
  ret void
}
define void @sp() gc "statepoint-example" {
  %t = call token (i64, i32, ptr, i32, i32, ...) @llvm.experimental.gc.statepoint.p0(i64 2, i32 0, ptr elementtype(void ()) @target_fn, i32 0, i32 0, i32 0, i32 0)
  ret void
}
define void @sp_patch() gc "statepoint-example" {
  %t = call token (i64, i32, ptr, i32, i32, ...) @llvm.experimental.gc.statepoint.p0(i64 3, i32 8, ptr elementtype(void ()) @target_fn, i32 0, i32 0, i32 0, i32 0)
  ret void
}
