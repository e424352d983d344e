; validate: about a continuation-passing cycle of 2 tailcc functions with one normal (non-tail) call inside it: recursion, flagged, the stack grows with the depth
; validate: targets x86_64 aarch64
; validate: entry ntc2 1 expect=recursive
; validate: entry ntc2 1000 expect=recursive
; validate: entry ntc2 100000 expect=recursive
; validate: stack 16777216
; validate: requires tail-call
;
; The 2-cycle of cps_tailcc.ll (frames {next, n} on a bump arena, every step
; `musttail call tailcc`), except that member 1 calls member 0 with a normal call: each round
; leaves member 1's frame on the system stack, so the cycle is recursion, not a constant-stack
; cycle, and the bound must stay `≥ recursive`.

@ntc_arena = internal global [4194304 x i8] zeroinitializer, align 16
@ntc_top = internal global i64 0, align 8

define internal tailcc i64 @ntc_ret_k(ptr %k, i64 %n) noinline {
  %z = icmp eq ptr %k, null
  br i1 %z, label %done, label %more
done:
  ret i64 %n
more:
  %next = load ptr, ptr %k, align 8
  %px = getelementptr inbounds i8, ptr %k, i64 8
  %x = load i64, ptr %px, align 8
  %m = mul i64 %n, 31
  %v = add i64 %m, %x
  %v1 = and i64 %v, 4294967295
  %r = musttail call tailcc i64 @ntc_ret_k(ptr %next, i64 %v1)
  ret i64 %r
}

define internal tailcc i64 @ntc_c2_0(ptr %k, i64 %n) noinline {
  %z = icmp eq i64 %n, 0
  br i1 %z, label %base, label %step
base:
  %r0 = musttail call tailcc i64 @ntc_ret_k(ptr %k, i64 1)
  ret i64 %r0
step:
  %top = load i64, ptr @ntc_top, align 8
  %fr = getelementptr inbounds i8, ptr @ntc_arena, i64 %top
  %top1 = add i64 %top, 16
  store i64 %top1, ptr @ntc_top, align 8
  store ptr %k, ptr %fr, align 8
  %px = getelementptr inbounds i8, ptr %fr, i64 8
  store i64 %n, ptr %px, align 8
  %n1 = sub i64 %n, 1
  %r1 = musttail call tailcc i64 @ntc_c2_1(ptr %fr, i64 %n1)
  ret i64 %r1
}

; The non-tail call: its result is used after it returns.
define internal tailcc i64 @ntc_c2_1(ptr %k, i64 %n) noinline {
  %r = call tailcc i64 @ntc_c2_0(ptr %k, i64 %n)
  %s = add i64 %r, 1
  ret i64 %s
}

define i64 @ntc2(i64 %n) {
  store i64 0, ptr @ntc_top, align 8
  %r = call tailcc i64 @ntc_c2_0(ptr null, i64 %n)
  ret i64 %r
}
