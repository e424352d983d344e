; The design note's foo/foo2 in continuation-passing style, written as LLVM IR: every function of
; the computation is `tailcc` and every call between them is `musttail call tailcc`, so under
; guaranteed tail-call optimisation each call replaces its caller's frame. Frames and
; continuations live in a bump arena (@arena). The same program as cps.c; no target triple, so
; one file builds for x86-64 and AArch64 (llc -mtriple=...).
;
; A continuation is { ptr F, ptr SF }: called as F(k, value).

%cont = type { ptr, ptr }
; foo's frame: { ptr C, i64 X, i64 Y, %cont next }
%foo_sf = type { ptr, i64, i64, %cont }
; bar's frame: { ptr C, i64 v, %cont next }
%bar_sf = type { ptr, i64, %cont }

@arena = internal global [16777216 x i8] zeroinitializer, align 16
@arena_top = internal global i64 0, align 8
@ir_halt = internal global %cont { ptr @ir_done, ptr null }, align 8

; gcalloc: bump allocation, 16-byte granules.
define internal tailcc ptr @gcalloc(i64 %size) alwaysinline {
  %top = load i64, ptr @arena_top, align 8
  %p = getelementptr inbounds i8, ptr @arena, i64 %top
  %s1 = add i64 %size, 15
  %s2 = and i64 %s1, -16
  %next = add i64 %top, %s2
  store i64 %next, ptr @arena_top, align 8
  ret ptr %p
}

; An ordinary C-convention function, called (not tail-called) from the CPS code.
define i64 @ir_mulmod(i64 %a, i64 %b) noinline {
  %scratch = alloca [4 x i64], align 16
  store volatile i64 %a, ptr %scratch, align 16
  %s1 = getelementptr inbounds [4 x i64], ptr %scratch, i64 0, i64 1
  store volatile i64 %b, ptr %s1, align 8
  %m = mul i64 %a, %b
  %s2 = getelementptr inbounds [4 x i64], ptr %scratch, i64 0, i64 2
  store volatile i64 %m, ptr %s2, align 8
  %l = load volatile i64, ptr %s2, align 8
  %r = srem i64 %l, 1000003
  %s3 = getelementptr inbounds [4 x i64], ptr %scratch, i64 0, i64 3
  store volatile i64 %r, ptr %s3, align 8
  %v = load volatile i64, ptr %s3, align 8
  ret i64 %v
}

; foo(C, n): fooSF = gcalloc {C, X, Y, next}; X = 4; next = {foo2, fooSF}; return bar(&next, n)
define tailcc i64 @ir_foo(ptr %C, i64 %n) noinline {
  %sf = call tailcc ptr @gcalloc(i64 48)
  store ptr %C, ptr %sf, align 8
  %x = getelementptr inbounds %foo_sf, ptr %sf, i32 0, i32 1
  store i64 4, ptr %x, align 8
  %next = getelementptr inbounds %foo_sf, ptr %sf, i32 0, i32 3
  store ptr @ir_foo2, ptr %next, align 8
  %nsf = getelementptr inbounds %cont, ptr %next, i32 0, i32 1
  store ptr %sf, ptr %nsf, align 8
  %r = musttail call tailcc i64 @ir_bar(ptr %next, i64 %n)
  ret i64 %r
}

; foo2(C, Y): fooSF = C->SF; fooSF->Y = Y; Next = fooSF->C; return Next->F(Next, X*Y mod P)
define tailcc i64 @ir_foo2(ptr %C, i64 %Y) noinline {
  %psf = getelementptr inbounds %cont, ptr %C, i32 0, i32 1
  %sf = load ptr, ptr %psf, align 8
  %py = getelementptr inbounds %foo_sf, ptr %sf, i32 0, i32 2
  store i64 %Y, ptr %py, align 8
  %px = getelementptr inbounds %foo_sf, ptr %sf, i32 0, i32 1
  %x = load i64, ptr %px, align 8
  %v = call i64 @ir_mulmod(i64 %x, i64 %Y)
  %k = load ptr, ptr %sf, align 8
  %f = load ptr, ptr %k, align 8
  %r = musttail call tailcc i64 %f(ptr %k, i64 %v)
  ret i64 %r
}

; bar(C, n): n == 0 ? C->F(C, 14) : foo({bar2, barSF}, n - 1), barSF = {C, 14, next}
define tailcc i64 @ir_bar(ptr %C, i64 %n) noinline {
  %z = icmp eq i64 %n, 0
  br i1 %z, label %base, label %deeper
base:
  %f = load ptr, ptr %C, align 8
  %r0 = musttail call tailcc i64 %f(ptr %C, i64 14)
  ret i64 %r0
deeper:
  %sf = call tailcc ptr @gcalloc(i64 32)
  store ptr %C, ptr %sf, align 8
  %pv = getelementptr inbounds %bar_sf, ptr %sf, i32 0, i32 1
  store i64 14, ptr %pv, align 8
  %next = getelementptr inbounds %bar_sf, ptr %sf, i32 0, i32 2
  store ptr @ir_bar2, ptr %next, align 8
  %nsf = getelementptr inbounds %cont, ptr %next, i32 0, i32 1
  store ptr %sf, ptr %nsf, align 8
  %m = sub i64 %n, 1
  %r1 = musttail call tailcc i64 @ir_foo(ptr %next, i64 %m)
  ret i64 %r1
}

; bar2(C, Y): barSF = C->SF; Next = barSF->C; return Next->F(Next, Y + barSF->v)
define tailcc i64 @ir_bar2(ptr %C, i64 %Y) noinline {
  %psf = getelementptr inbounds %cont, ptr %C, i32 0, i32 1
  %sf = load ptr, ptr %psf, align 8
  %pv = getelementptr inbounds %bar_sf, ptr %sf, i32 0, i32 1
  %v = load i64, ptr %pv, align 8
  %s = add i64 %Y, %v
  %k = load ptr, ptr %sf, align 8
  %f = load ptr, ptr %k, align 8
  %r = musttail call tailcc i64 %f(ptr %k, i64 %s)
  ret i64 %r
}

; The final continuation: the only one that returns, to whoever started the computation.
define tailcc i64 @ir_done(ptr %C, i64 %v) noinline {
  ret i64 %v
}

; ir_run(n): foo at logical recursion depth n, from C (`long ir_run(long)`).
define i64 @ir_run(i64 %n) {
  store i64 0, ptr @arena_top, align 8
  %r = call tailcc i64 @ir_foo(ptr @ir_halt, i64 %n)
  ret i64 %r
}
