; RUN: %llc -O2 -mtriple=x86_64-unknown-linux-gnu %s -o %t.X86.o -filetype=obj -stack-report=%t.X86.jsonl
; RUN: %filecheck %s --check-prefix=X86 < %t.X86.jsonl
;
; Callee-pop conventions (tailcc): the callee pops its stack-argument area
; (rounded so that SP stays 16-byte aligned) with `ret $n`, so SP after the
; call is above SP before it. The pass takes the popped bytes from the
; call-frame pseudos before PEI removes them (ADJCALLSTACKUP's second operand).
; x86-64, stock llc -O2:
;   even: testq ; je ; decq ; jmp odd (tail, 0) ; retq $8  -> own 8
;   entry: pushq %rax (16) ; callq even (at 16; even pops 8 -> 8) ; retq
;          -> own 16, balanced (before: unbalanced-sp-at-return, dynamic)
;   k (8 args, 2 on the stack): jmp k (tail, 0) ; retq $24 -> own 8
;   kentry: pushq %rax (16) ; subq $16 (32) ; pushq $7 (40) ; pushq $6 (48) ;
;           callq k (at 48; k pops 24 -> 24) ; addq $8 (16) ; popq (8) ; retq
;           -> own 48, balanced
;   sw (swifttailcc, 8 args, 2 on the stack): retq $24   -> own 8
;   swcaller: pushq x3 (32) ; subq $16 (48) ; pushq $7 (56) ; pushq $6 (64) ;
;             callq sw (at 64; sw pops 24 -> 40) ; addq $16 (24) ; popq x2 (8)
;             -> own 64, balanced
;
; X86: "kind":"module"
; X86: "calls":[{"callee":"odd",{{.*}}"depth":0,{{.*}}"tail":true}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"even","own_depth":8,
; X86: "calls":[{"callee":"even",{{.*}}"depth":16,"depth_known":true,{{.*}}"tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"entry","own_depth":16,
; X86: "calls":[{"callee":"k",{{.*}}"depth":0,{{.*}}"tail":true}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"k","own_depth":8,
; X86: "calls":[{"callee":"k",{{.*}}"depth":48,"depth_known":true,{{.*}}"tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"kentry","own_depth":48,
; X86: "calls":[]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"sw","own_depth":8,
; X86: "calls":[{"callee":"sw",{{.*}}"depth":64,"depth_known":true,{{.*}}"tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"swcaller","own_depth":64,
; X86: "kind":"end"
define tailcc i64 @even(i64 %n) {
  %z = icmp eq i64 %n, 0
  br i1 %z, label %yes, label %no
yes:
  ret i64 1
no:
  %m = sub i64 %n, 1
  %r = musttail call tailcc i64 @odd(i64 %m)
  ret i64 %r
}
define tailcc i64 @odd(i64 %n) {
  %z = icmp eq i64 %n, 0
  br i1 %z, label %yes, label %no
yes:
  ret i64 0
no:
  %m = sub i64 %n, 1
  %r = musttail call tailcc i64 @even(i64 %m)
  ret i64 %r
}
define i64 @entry(i64 %n) {
  %r = call tailcc i64 @even(i64 %n)
  ret i64 %r
}
define tailcc i64 @k(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h) {
  %z = icmp eq i64 %a, 0
  br i1 %z, label %yes, label %no
yes:
  %s = add i64 %g, %h
  ret i64 %s
no:
  %m = sub i64 %a, 1
  %r = musttail call tailcc i64 @k(i64 %m, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %h, i64 %g)
  ret i64 %r
}
define i64 @kentry(i64 %n) {
  %r = call tailcc i64 @k(i64 %n, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7)
  ret i64 %r
}
define swifttailcc i64 @sw(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h) {
  %s = add i64 %g, %h
  ret i64 %s
}
define i64 @swcaller(i64 %n) {
  %r = call swifttailcc i64 @sw(i64 %n, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7)
  ret i64 %r
}
