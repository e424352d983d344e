; RUN: %llc -O2 -mtriple=aarch64-unknown-linux-gnu %s -o %t.A64.o -filetype=obj -stack-report=%t.A64.jsonl
; RUN: %filecheck %s --check-prefix=A64 < %t.A64.jsonl
;
; Callee-pop on AArch64 (tailcc, 10 arguments: 2 on the stack). There is no
; `ret #n`: the callee's epilogue moves SP above its entry value, and the caller
; puts it back after the call. Stock llc -O2:
;   k: ldp x9, x8, [sp] ; cbz ; stp x8, x9, [sp] ; b k (tail, 0) ;
;      add sp, sp, #16 (SP 16 above S0: its own arguments, no depth) ; ret
;      -> own 0, balanced for a callee-pop function (before: unbalanced, dynamic)
;   kentry: sub sp, sp, #32 (32) ; bl k (at 32; k pops 16 -> 16) ;
;           sub sp, sp, #16 (32) ; add sp, sp, #32 (0) ; ret
;           -> own 32, balanced
;
; A64: "kind":"module"
; A64: "calls":[{"callee":"k",{{.*}}"depth":0,{{.*}}"tail":true}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"k","own_depth":0,
; A64: "calls":[{"callee":"k",{{.*}}"depth":32,"depth_known":true,{{.*}}"tail":false}]{{.*}}"dynamic":false,"flags":[]{{.*}}"name":"kentry","own_depth":32,
; A64: "kind":"end"
define tailcc i64 @k(i64 %a, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h, i64 %i, i64 %j) {
  %z = icmp eq i64 %a, 0
  br i1 %z, label %yes, label %no
yes:
  %s = add i64 %i, %j
  ret i64 %s
no:
  %m = sub i64 %a, 1
  %r = musttail call tailcc i64 @k(i64 %m, i64 %b, i64 %c, i64 %d, i64 %e, i64 %f, i64 %g, i64 %h, i64 %j, i64 %i)
  ret i64 %r
}
define i64 @kentry(i64 %n) {
  %r = call tailcc i64 @k(i64 %n, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9)
  ret i64 %r
}
