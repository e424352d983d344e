; RUN: %llc -O2 -mtriple=thumbv7-unknown-linux-gnueabihf %s -o %t.o -filetype=obj -stack-report=%t.jsonl
; RUN: %filecheck %s < %t.jsonl
;
; A call inside an IT block (`ittt ne; ...; blne g`): tBL's explicit operands
; are the predicate (CC::ne, $cpsr) then the callee. The predicate's flags
; register forms no address, so the call is direct to g, not indirect.
;   push {r4, r5, r7, lr} -> 16; blne g at 16; pop {r4, r5, r7, pc}.
; CHECK: "kind":"module"
; CHECK: "calls":[{"callee":"g","callee_local":false,"depth":16,"depth_known":true,"index":{{[0-9]+}},"kind":"direct","tail":false}],"dynamic":false,"flags":[]{{.*}}"name":"f","own_depth":16,
; CHECK: "kind":"end"

declare void @g(i32, i32)

define i32 @f(i32 %x, i32 %y) {
  %c = icmp ne i32 %x, 0
  br i1 %c, label %a, label %b
a:
  call void @g(i32 %y, i32 %x)
  br label %b
b:
  %r = add i32 %x, %y
  ret i32 %r
}
