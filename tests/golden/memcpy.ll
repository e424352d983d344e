; RUN: %llc -O2 -mtriple=x86_64-unknown-linux-gnu %s -o %t.X86.o -filetype=obj -stack-report=%t.X86.jsonl
; RUN: %filecheck %s --check-prefix=X86 < %t.X86.jsonl
; RUN: %llc -O2 -mtriple=aarch64-unknown-linux-gnu %s -o %t.A64.o -filetype=obj -stack-report=%t.A64.jsonl
; RUN: %filecheck %s --check-prefix=A64 < %t.A64.jsonl
;
; Struct copies that codegen turns into a memcpy call (no IR call exists).
; x86-64:
;   copy_local: pushq %rbx ; subq $4096, %rsp ; callq memcpy ; callq use
;               8 + 8 + 4096 = 4112; both calls at 4112
;   copy_byval: subq $4104, %rsp ; rep movsq ; callq take
;               8 + 4104 = 4112 (x86 copies the byval inline: no libcall)
; AArch64:
;   copy_local: stp x29, x30, [sp, #-16]! ; sub sp, sp, #1, lsl #12 ; bl memcpy ; bl use
;               16 + 4096 = 4112; both calls at 4112
;   copy_byval: stp x29, x30, [sp, #-32]! ; sub sp, sp, #1, lsl #12 ; bl memcpy ; bl take
;               32 + 4096 = 4128; the byval copy is a memcpy libcall at 4128
;
; X86: "kind":"module"
; X86: "calls":[{"callee":"memcpy","callee_local":false,"depth":4112,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false},{"callee":"use","callee_local":false,"depth":4112,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"copy_local","own_depth":4112,
; X86: "calls":[{"callee":"take","callee_local":false,"depth":4112,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"copy_byval","own_depth":4112,
; X86: "kind":"end"
; A64: "kind":"module"
; A64: "calls":[{"callee":"memcpy","callee_local":false,"depth":4112,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false},{"callee":"use","callee_local":false,"depth":4112,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"copy_local","own_depth":4112,
; A64: "calls":[{"callee":"memcpy","callee_local":false,"depth":4128,"depth_known":true,"index":{{[0-9]+}},"kind":"libcall","tail":false},{"callee":"take","callee_local":false,"depth":4128,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"copy_byval","own_depth":4128,
; A64: "kind":"end"
%struct.Big = type { [1024 x i32] }
declare void @use(ptr)
declare void @take(ptr byval(%struct.Big) align 8)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
define void @copy_local(ptr %src) {
  %tmp = alloca %struct.Big, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %tmp, ptr align 4 %src, i64 4096, i1 false)
  call void @use(ptr %tmp)
  ret void
}
define void @copy_byval(ptr %p) {
  call void @take(ptr byval(%struct.Big) align 8 %p)
  ret void
}
