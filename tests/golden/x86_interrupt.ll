; RUN: %llc -O2 -mtriple=x86_64-unknown-linux-gnu %s -o %t.o -filetype=obj -stack-report=%t.jsonl
; RUN: %filecheck %s < %t.jsonl
;
; x86_intrcc handlers: the CPU, not a call, enters them. Above the return
; address (RIP, the 8 bytes the record's depths already count) it stacks CS,
; RFLAGS, RSP and SS (4 x 8 = 32), after aligning RSP down to 16 (at most 15
; bytes dropped): interrupt_frame = 32 + 15 = 47. With an error code (a
; second argument) the CPU also pushes it below RIP: 47 + 8 = 55.
;   tick:  pushq %rax ... popq %rax ; iretq -> own 8 + 8 = 16
;   fault: pushq x3, popq x2, addq $16 (pads and the error code), iretq: the
;          walk starts at the error code (depth 8) and meets iretq at 0, not
;          at 8, so the return is unbalanced and the function dynamic, never
;          low.
;   plain: no handler: interrupt false, no interrupt_frame.
;
; CHECK: "kind":"module"
; CHECK: "dynamic":false,"flags":[]{{.*}}"interrupt":true,"interrupt_frame":47,"kind":"function"{{.*}}"name":"tick","own_depth":16,
; CHECK: "dynamic":true,"flags":["unbalanced-sp-at-return"]{{.*}}"interrupt":true,"interrupt_frame":55,"kind":"function"{{.*}}"name":"fault",
; CHECK: "dynamic":false,"flags":[]{{.*}}"interrupt":false,"kind":"function"{{.*}}"name":"plain","own_depth":8,
; CHECK: "kind":"end"

%frame = type { i64, i64, i64, i64, i64 }
@count = global i64 0

define x86_intrcc void @tick(ptr byval(%frame) %f) {
  %c = load i64, ptr @count
  %d = add i64 %c, 1
  store i64 %d, ptr @count
  ret void
}

define x86_intrcc void @fault(ptr byval(%frame) %f, i64 %code) {
  store i64 %code, ptr @count
  ret void
}

define void @plain() {
  ret void
}
