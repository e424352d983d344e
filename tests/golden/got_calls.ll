; RUN: %llc -O2 -mtriple=x86_64-unknown-linux-gnu %s -o %t.X86.o -filetype=obj -stack-report=%t.X86.jsonl
; RUN: %filecheck %s --check-prefix=X86 < %t.X86.jsonl
; RUN: %llc -O2 -mtriple=aarch64-unknown-linux-gnu %s -o %t.A64.o -filetype=obj -stack-report=%t.A64.jsonl
; RUN: %filecheck %s --check-prefix=A64 < %t.A64.jsonl
;
; Calls through the GOT (-fno-plt, and rustc's default on x86-64 Linux) are
; direct calls, also when the GOT load is hoisted out of a loop into a register.
; x86-64:
;   once: pushq %rax ; callq *ext@GOTPCREL(%rip)          -> 16, ext at 16
;   loop: pushq %rbp ; pushq %r14 ; pushq %rbx ; movq ext2@GOTPCREL(%rip), %r14
;         ; loop: callq *%r14                            -> 8 + 24 = 32, ext2 at 32
; AArch64:
;   once: str x30, [sp, #-16]! ; adrp x8, :got:ext ; ldr x8, [x8, :got_lo12:ext]
;         ; blr x8                                       -> 16, ext at 16
;   loop: stp x30, x21, [sp, #-32]! ; adrp x20, :got:ext2 ; ldr x20, [...]
;         ; loop: blr x20                                -> 32, ext2 at 32
;
; X86: "kind":"module"
; X86: "calls":[{"callee":"ext","callee_local":false,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"once","own_depth":16,
; X86: "calls":[{"callee":"ext2","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"loop","own_depth":32,
; X86: "kind":"end"
; A64: "kind":"module"
; A64: "calls":[{"callee":"ext","callee_local":false,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"once","own_depth":16,
; A64: "calls":[{"callee":"ext2","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"loop","own_depth":32,
; A64: "kind":"end"
declare void @ext() nonlazybind
declare void @ext2() nonlazybind
define void @once() {
  call void @ext()
  ret void
}
define void @loop(i32 %n) {
entry:
  br label %l
l:
  %i = phi i32 [0, %entry], [%j, %l]
  call void @ext2()
  %j = add i32 %i, 1
  %c = icmp slt i32 %j, %n
  br i1 %c, label %l, label %done
done:
  ret void
}
