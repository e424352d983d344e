; RUN: %llc -O2 -mtriple=thumbv6m-none-eabi -mattr=+long-calls %s -o %t.V6M.o -filetype=obj -stack-report=%t.V6M.jsonl
; RUN: %filecheck %s --check-prefix=V6M < %t.V6M.jsonl
; RUN: %llc -O2 -mtriple=thumbv7em-none-eabihf -mattr=+long-calls,+execute-only %s -o %t.XO.o -filetype=obj -stack-report=%t.XO.jsonl
; RUN: %filecheck %s --check-prefix=XO < %t.XO.jsonl
; RUN: %llc -O2 -mtriple=armv7-unknown-linux-gnueabihf -mattr=+long-calls %s -o %t.A32.o -filetype=obj -stack-report=%t.A32.jsonl
; RUN: %filecheck %s --check-prefix=A32 < %t.A32.jsonl
;
; Long calls go through a register; the ARM decoder names the callee from
; where the register got its address, so the call is direct, not indirect.
;   thumbv6m: push {r7, lr} ; ldr r0, .LCPI0_0 (.long f: ARM's own pool
;     entry, ARMConstantPoolConstant) ; blx r0                      depth 8
;   thumbv7em execute-only (no literal pools): push {r7, lr} ; movw r0,
;     :lower16:f ; movt r0, :upper16:f ; blx r0                     depth 8
;   armv7 ARM mode: push {r11, lr} ; ldr r0, .LCPI0_0 (LDRi12 of the pool
;     entry) ; blx r0                                               depth 8
; V6M: "calls":[{"callee":"f","callee_local":false,"depth":8,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"long_call","own_depth":8,
; XO: "calls":[{"callee":"f","callee_local":false,"depth":8,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"long_call","own_depth":8,
; A32: "calls":[{"callee":"f","callee_local":false,"depth":8,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}]{{.*}}"dynamic":false{{.*}}"name":"long_call","own_depth":8,
declare void @f()
define void @long_call() nounwind {
  call void @f()
  ret void
}
