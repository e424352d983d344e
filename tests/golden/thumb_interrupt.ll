; RUN: %llc -O2 -mtriple=thumbv7em-none-eabihf -mcpu=cortex-m4 %s -o %t.M4.o -filetype=obj -stack-report=%t.M4.jsonl
; RUN: %filecheck %s --check-prefix=M4 < %t.M4.jsonl
; RUN: %llc -O2 -mtriple=thumbv6m-none-eabi -mcpu=cortex-m0 %s -o %t.M0.o -filetype=obj -stack-report=%t.M0.jsonl
; RUN: %filecheck %s --check-prefix=M0 < %t.M0.jsonl
; RUN: %llc -O2 -mtriple=thumbv8m.main-none-eabi -mcpu=cortex-m33 -mattr=+8msecext,-fpregs %s -o %t.M33S.o -filetype=obj -stack-report=%t.M33S.jsonl
; RUN: %filecheck %s --check-prefix=M33S < %t.M33S.jsonl
; RUN: %llc -O2 -mtriple=armv7-unknown-linux-gnueabihf %s -o %t.A32.o -filetype=obj -stack-report=%t.A32.jsonl
; RUN: %filecheck %s --check-prefix=A32 < %t.A32.jsonl
;
; The frame exception entry stacks, on every function of an M-profile module
; (any may be installed as a handler): r0-r3, r12, lr, pc, xPSR = 8 x 4 = 32,
; the FP context where the core has FP registers (s0-s15, FPSCR and a
; reserved word: 18 x 4 = 72), and 4 bytes of alignment padding.
;   Cortex-M4F: 32 + 72 + 4 = 108; Cortex-M0 (no FPU): 32 + 4 = 36.
;   Cortex-M33 Secure code (-mcmse: the Security Extension), no FPU: a
;   Non-secure handler interrupting it also stacks r4-r11 and the integrity
;   signature (10 x 4 = 40): 32 + 40 + 4 = 76.
;   ARMv7-A: an IRQ stacks nothing on the handler's stack: interrupt_frame 0.
; Depths (from the assembly): M-profile handlers are plain AAPCS functions,
;   push {r7, lr} ; bl work ; pop {r7, pc} -> 8. The A-profile IRQ handler
;   saves what the interrupted code may use: push {r0, r1, r2, r3, r12, lr}
;   -> 24 (the call) ; pop ; subs pc, lr, #4 (returns, balanced).
; M4: "kind":"module"
; M4: "calls":[{"callee":"work",{{.*}}"depth":8,{{.*}}"dynamic":false,"flags":[]{{.*}}"interrupt":true,"interrupt_frame":108,"kind":"function"{{.*}}"name":"SysTick_Handler","own_depth":8,
; M4: "calls":[{"callee":"work",{{.*}}"depth":8,{{.*}}"dynamic":false,"flags":[]{{.*}}"interrupt":false,"interrupt_frame":108,"kind":"function"{{.*}}"name":"plain","own_depth":8,
; M0: "kind":"module"
; M0: "calls":[{"callee":"work",{{.*}}"depth":8,{{.*}}"dynamic":false,"flags":[]{{.*}}"interrupt":true,"interrupt_frame":36,"kind":"function"{{.*}}"name":"SysTick_Handler","own_depth":8,
; M0: "calls":[{"callee":"work",{{.*}}"depth":8,{{.*}}"dynamic":false,"flags":[]{{.*}}"interrupt":false,"interrupt_frame":36,"kind":"function"{{.*}}"name":"plain","own_depth":8,
; M33S: "kind":"module"
; M33S: "interrupt":true,"interrupt_frame":76,"kind":"function"{{.*}}"name":"SysTick_Handler",
; A32: "kind":"module"
; A32: "calls":[{"callee":"work",{{.*}}"depth":24,{{.*}}"dynamic":false,"flags":[]{{.*}}"interrupt":true,"interrupt_frame":0,"kind":"function"{{.*}}"name":"SysTick_Handler","own_depth":24,
; A32: "calls":[{"callee":"work",{{.*}}"depth":8,{{.*}}"dynamic":false,"flags":[]{{.*}}"interrupt":false,"interrupt_frame":0,"kind":"function"{{.*}}"name":"plain","own_depth":8,
@count = global i32 0
declare void @work()

define void @SysTick_Handler() "interrupt"="IRQ" {
  %c = load volatile i32, ptr @count
  %d = add i32 %c, 1
  store volatile i32 %d, ptr @count
  call void @work()
  ret void
}

define void @plain() {
  call void @work()
  ret void
}
