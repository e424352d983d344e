; RUN: %llc -O2 -mtriple=x86_64-unknown-linux-gnu %s -o %t.X86.o -filetype=obj -stack-report=%t.X86.jsonl
; RUN: %filecheck %s --check-prefix=X86 < %t.X86.jsonl
;
; x86-64 frame shapes that stack-size numbers miss.
;   many_args (minsize): pushq %rax ; 6 x (pushq $imm ; popq %reg) ;
;             pushq $10 ; pushq $9 ; pushq $8 ; pushq $7 ; callq ten
;             8 + 8 + 32 = 48, ten at 48 (argument pushes, no reserved frame)
;   realign_csr: pushq %rbp ; pushq %r13 ; pushq %r12 ; pushq %rbx (SP = S0-40,
;             only 8-aligned) ; andq $-128, %rsp (<= 120 more) ; subq $128, %rsp
;             40 + 120 + 128 = 288, use at 288
;   tc (tailcc, guaranteed TCO with 3 stack arguments): subq $40, %rsp ; ...
;             addq $24, %rsp ; jmp tc2. The callee's return address sits at
;             S0-24, so it starts 16 bytes below our S0: own 48, tail call at 16.
;   retpoline: callq __llvm_retpoline_r11 is an indirect call (pushq %rax: 16);
;             the thunk itself does callq .Ltmp0 inside itself: 8 + 8 = 16, so the
;             site records a direct call to the thunk at 16 (16 + 16 = 32 bytes,
;             as measured by the validation harness) and the indirect call at 16.
;
; X86: "kind":"module"
; X86: "calls":[{"callee":"ten","callee_local":false,"depth":48,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"many_args","own_depth":48,
; X86: "calls":[{"callee":"use","callee_local":false,"depth":288,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"realign_csr","own_depth":288,
; X86: "calls":[{"callee":"tc2","callee_local":false,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":true}]{{.*}}"dynamic":false{{.*}}"name":"tc","own_depth":48,
; X86: "calls":[{"callee":"__llvm_retpoline_r11","callee_local":false,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false},{"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"indirect","signatures":["void ()"],"tail":false,"type_ids":[]}]{{.*}}"dynamic":false{{.*}}"name":"retpoline","own_depth":16,
; X86: "flags":[{{.*}}"intra-function-call"{{.*}}"name":"__llvm_retpoline_r11","own_depth":16,
; X86: "kind":"end"
declare void @ten(i64, i64, i64, i64, i64, i64, i64, i64, i64, i64)
declare void @use(ptr)
declare tailcc void @tc2(i64, i64, i64, i64, i64, i64, i64, i64, i64)
define void @many_args() minsize {
  call void @ten(i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10)
  ret void
}
define void @realign_csr() "frame-pointer"="all" {
  %x = alloca [32 x i8], align 128
  call void asm sideeffect "", "~{rbx},~{r12},~{r13}"()
  call void @use(ptr %x)
  ret void
}
define tailcc void @tc(i64 %a) {
  tail call tailcc void @tc2(i64 %a, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9)
  ret void
}
define void @retpoline(ptr %f) "target-features"="+retpoline-indirect-calls" {
  call void %f()
  ret void
}
