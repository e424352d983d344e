; RUN: %llc -O2 -mtriple=i386-unknown-linux-gnu %s -o %t.X86.o -filetype=obj -stack-report=%t.X86.jsonl
; RUN: %filecheck %s --check-prefix=X86 < %t.X86.jsonl
;
; i386 callee-pop conventions: stdcall and fastcall callees pop their stack
; arguments with `retl $n`; the caller re-reserves its outgoing area after the
; call. The return address is 4 bytes. Stock llc -O2:
;   callee (stdcall, 2 stack args): retl $8                 -> own 4
;   fcallee (fastcall, 1 stack arg): retl $4                -> own 4
;   caller: subl $12 (16) ; calll callee (at 16; pops 8 -> 8) ; subl $8 (16) ;
;           calll fcallee (at 16; pops 4 -> 12) ; addl $8 (4) ; retl
;           -> own 16, balanced (without the popped bytes: unbalanced, dynamic)
;
; X86: "kind":"module"
; X86: "calls":[]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"callee","own_depth":4,
; X86: "calls":[]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"fcallee","own_depth":4,
; X86: "calls":[{"callee":"callee",{{.*}}"depth":16,"depth_known":true,{{.*}}"tail":false},{"callee":"fcallee",{{.*}}"depth":16,"depth_known":true,{{.*}}"tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"caller","own_depth":16,
; X86: "kind":"end"
define x86_stdcallcc i32 @callee(i32 %a, i32 %b) {
  %s = add i32 %a, %b
  ret i32 %s
}
define x86_fastcallcc i32 @fcallee(i32 inreg %a, i32 inreg %b, i32 %c) {
  %s = add i32 %a, %c
  ret i32 %s
}
define i32 @caller(i32 %x) {
  %r = call x86_stdcallcc i32 @callee(i32 %x, i32 2)
  %q = call x86_fastcallcc i32 @fcallee(i32 inreg %r, i32 inreg 1, i32 3)
  ret i32 %q
}
