; RUN: %llc -O2 -mtriple=riscv32-unknown-elf -mattr=+zcmp %s -o %t.32.o -filetype=obj -stack-report=%t.32.jsonl
; RUN: %filecheck %s --check-prefixes=CHECK,RV32 < %t.32.jsonl
; RUN: %llc -O2 -mtriple=riscv64-unknown-linux-gnu -mattr=+zcmp %s -o %t.64.o -filetype=obj -stack-report=%t.64.jsonl
; RUN: %filecheck %s --check-prefixes=CHECK,RV64 < %t.64.jsonl
; RUN: %llc -O2 -mtriple=riscv32-unknown-elf -mattr=+xqccmp %s -o %t.q.o -filetype=obj -stack-report=%t.q.jsonl
; RUN: %filecheck %s --check-prefixes=CHECK,RV32 < %t.q.jsonl
;
; Zcmp cm.push / cm.popret / cm.popretz (RV32 and RV64) and Xqccmp's
; qc.cm.* (RV32), numbers from `llc -O2 file.ll -o -` with each RUN's flags.
; A push moves SP by the printed amount (the register list's area plus the
; extra bytes); cm.popret pops it and returns, so the functions are
; balanced. Xqccmp prints the same code with qc. names, except that
; `aligned` uses qc.cm.pushfp, which sets s0 itself.
;
;   small:   cm.push {ra}, -32                                   = 32
;   big:     cm.push {ra}, -64 ; addi sp, sp, -2048 ; addi sp, sp, -912
;            64 + 2048 + 912                                     = 3024
;   many:    cm.push {ra, s0-s6}, -32 (RV32) / -64 (RV64): calls at 32 / 64
;   aligned: cm.push {ra, s0}, -64 ; andi sp, sp, -64: up to 48 more = 112
;   zero:    cm.push {ra}, -16 ; cm.popretz                      = 16
;
; CHECK: "kind":"module"
; CHECK: "calls":[{"callee":"use","callee_local":false,"depth":32,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"small","own_depth":32,
; CHECK: "calls":[{"callee":"use","callee_local":false,"depth":3024,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"big","own_depth":3024,
; RV32: "calls":[{"callee":"h",{{[^]]*}}"depth":32,{{[^]]*}}"callee":"h",{{[^]]*}}"depth":32,{{[^]]*}}"callee":"h",{{[^]]*}}"depth":32,{{[^]]*}}"tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"many","own_depth":32,
; RV64: "calls":[{"callee":"h",{{[^]]*}}"depth":64,{{[^]]*}}"callee":"h",{{[^]]*}}"depth":64,{{[^]]*}}"callee":"h",{{[^]]*}}"depth":64,{{[^]]*}}"tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"many","own_depth":64,
; CHECK: "calls":[{"callee":"use","callee_local":false,"depth":112,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}],"dynamic":false,"flags":["realigned"],"frame":{{.*}}"realign_slack":48,{{.*}}"name":"aligned","own_depth":112,
; CHECK: "calls":[{"callee":"h",{{[^]]*}}"depth":16,{{[^]]*}}"callee":"h",{{[^]]*}}"depth":16,{{[^]]*}}"tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"zero","own_depth":16,
; CHECK: "kind":"end"
declare void @use(ptr)
declare i32 @h(i32)
define void @small() {
  %a = alloca [16 x i8], align 4
  call void @use(ptr %a)
  ret void
}
define void @big() {
  %a = alloca [3000 x i8], align 4
  call void @use(ptr %a)
  ret void
}
define i32 @many(i32 %a, i32 %b, i32 %c, i32 %d, i32 %e) {
  %1 = call i32 @h(i32 %a)
  %2 = call i32 @h(i32 %b)
  %3 = call i32 @h(i32 %c)
  %4 = add i32 %1, %2
  %5 = add i32 %4, %3
  %6 = add i32 %5, %d
  %7 = add i32 %6, %e
  %8 = add i32 %7, %a
  %9 = add i32 %8, %b
  %10 = add i32 %9, %c
  ret i32 %10
}
define void @aligned() {
  %a = alloca [8 x i8], align 64
  call void @use(ptr %a)
  ret void
}
define i32 @zero(i32 %x) {
  %y = call i32 @h(i32 %x)
  %z = call i32 @h(i32 %y)
  ret i32 0
}
