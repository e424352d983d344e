; validate: about continuation-passing cycles of 1, 2 and 5 tailcc functions (musttail) with 10 integer arguments (stack arguments, callee-pop): constant stack at depths 1, 1000, 100000
; validate: targets x86_64 aarch64
; validate: entry scyc1 1
; validate: entry scyc1 1000
; validate: entry scyc1 100000
; validate: entry scyc2 1
; validate: entry scyc2 1000
; validate: entry scyc2 100000
; validate: entry scyc5 1
; validate: entry scyc5 1000
; validate: entry scyc5 100000
; validate: quick
; validate: requires tail-call
;
; Continuation-passing cycles of 1, 2 and 5 `tailcc` functions: every call between members is
; `musttail call tailcc`, each step pushes a frame {next, n} onto a bump arena (the
; continuation), and the final continuation, ret_k, walks that chain by self tail calls.
; Each member calls a C-convention leaf on the system stack; member 1's is the deepest, so
; the bound is the deepest member's, reached at depth 1 already.
; Ten integer arguments: 4 on the stack on x86-64, 2 on AArch64, popped by the callee.

@scyc_arena = internal global [4194304 x i8] zeroinitializer, align 16
@scyc_top = internal global i64 0, align 8

define internal void @scyc_leaf4(i64 %v) noinline {
entry:
  %buf = alloca [4 x i64], align 16
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %e = getelementptr inbounds [4 x i64], ptr %buf, i64 0, i64 %i
  %s = add i64 %v, %i
  store volatile i64 %s, ptr %e, align 8
  %i1 = add i64 %i, 1
  %c = icmp eq i64 %i1, 4
  br i1 %c, label %out, label %loop
out:
  ret void
}

define internal void @scyc_leaf6(i64 %v) noinline {
entry:
  %buf = alloca [6 x i64], align 16
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %e = getelementptr inbounds [6 x i64], ptr %buf, i64 0, i64 %i
  %s = add i64 %v, %i
  store volatile i64 %s, ptr %e, align 8
  %i1 = add i64 %i, 1
  %c = icmp eq i64 %i1, 6
  br i1 %c, label %out, label %loop
out:
  ret void
}

define internal void @scyc_leaf8(i64 %v) noinline {
entry:
  %buf = alloca [8 x i64], align 16
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %e = getelementptr inbounds [8 x i64], ptr %buf, i64 0, i64 %i
  %s = add i64 %v, %i
  store volatile i64 %s, ptr %e, align 8
  %i1 = add i64 %i, 1
  %c = icmp eq i64 %i1, 8
  br i1 %c, label %out, label %loop
out:
  ret void
}

define internal void @scyc_leaf12(i64 %v) noinline {
entry:
  %buf = alloca [12 x i64], align 16
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %e = getelementptr inbounds [12 x i64], ptr %buf, i64 0, i64 %i
  %s = add i64 %v, %i
  store volatile i64 %s, ptr %e, align 8
  %i1 = add i64 %i, 1
  %c = icmp eq i64 %i1, 12
  br i1 %c, label %out, label %loop
out:
  ret void
}

define internal void @scyc_leaf24(i64 %v) noinline {
entry:
  %buf = alloca [24 x i64], align 16
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i1, %loop ]
  %e = getelementptr inbounds [24 x i64], ptr %buf, i64 0, i64 %i
  %s = add i64 %v, %i
  store volatile i64 %s, ptr %e, align 8
  %i1 = add i64 %i, 1
  %c = icmp eq i64 %i1, 24
  br i1 %c, label %out, label %loop
out:
  ret void
}

define internal tailcc i64 @scyc_ret_k(ptr %k, i64 %n, i64 %x0, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7) noinline {
  %z = icmp eq ptr %k, null
  br i1 %z, label %done, label %more
done:
  %r0 = add i64 %n, 0
  %f0 = xor i64 %r0, %x0
  %f1 = xor i64 %f0, %x1
  %f2 = xor i64 %f1, %x2
  %f3 = xor i64 %f2, %x3
  %f4 = xor i64 %f3, %x4
  %f5 = xor i64 %f4, %x5
  %f6 = xor i64 %f5, %x6
  %f7 = xor i64 %f6, %x7
  ret i64 %f7
more:
  %next = load ptr, ptr %k, align 8
  %px = getelementptr inbounds i8, ptr %k, i64 8
  %x = load i64, ptr %px, align 8
  %m = mul i64 %n, 31
  %v = add i64 %m, %x
  %v1 = and i64 %v, 4294967295
  %r = musttail call tailcc i64 @scyc_ret_k(ptr %next, i64 %v1, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7, i64 %x0)
  ret i64 %r
}

define internal tailcc i64 @scyc_c1_0(ptr %k, i64 %n, i64 %x0, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7) noinline {
  call void @scyc_leaf4(i64 %n)
  %z = icmp eq i64 %n, 0
  br i1 %z, label %base, label %step
base:
  %r0 = musttail call tailcc i64 @scyc_ret_k(ptr null, i64 1, i64 %x0, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7)
  ret i64 %r0
step:
  %top = load i64, ptr @scyc_top, align 8
  %fr = getelementptr inbounds i8, ptr @scyc_arena, i64 %top
  %top1 = add i64 %top, 16
  store i64 %top1, ptr @scyc_top, align 8
  store ptr %k, ptr %fr, align 8
  %px = getelementptr inbounds i8, ptr %fr, i64 8
  store i64 %n, ptr %px, align 8
  %n1 = sub i64 %n, 1
  %r1 = musttail call tailcc i64 @scyc_c1_0(ptr %fr, i64 %n1, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7, i64 %x0)
  ret i64 %r1
}

define i64 @scyc1(i64 %n) {
  store i64 0, ptr @scyc_top, align 8
  %r = call tailcc i64 @scyc_c1_0(ptr null, i64 %n, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10)
  ret i64 %r
}

define internal tailcc i64 @scyc_c2_0(ptr %k, i64 %n, i64 %x0, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7) noinline {
  call void @scyc_leaf4(i64 %n)
  %z = icmp eq i64 %n, 0
  br i1 %z, label %base, label %step
base:
  %r0 = musttail call tailcc i64 @scyc_ret_k(ptr null, i64 1, i64 %x0, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7)
  ret i64 %r0
step:
  %top = load i64, ptr @scyc_top, align 8
  %fr = getelementptr inbounds i8, ptr @scyc_arena, i64 %top
  %top1 = add i64 %top, 16
  store i64 %top1, ptr @scyc_top, align 8
  store ptr %k, ptr %fr, align 8
  %px = getelementptr inbounds i8, ptr %fr, i64 8
  store i64 %n, ptr %px, align 8
  %n1 = sub i64 %n, 1
  %r1 = musttail call tailcc i64 @scyc_c2_1(ptr %fr, i64 %n1, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7, i64 %x0)
  ret i64 %r1
}

define internal tailcc i64 @scyc_c2_1(ptr %k, i64 %n, i64 %x0, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7) noinline {
  call void @scyc_leaf24(i64 %n)
  %z = icmp eq i64 %n, 0
  br i1 %z, label %base, label %step
base:
  %r0 = musttail call tailcc i64 @scyc_ret_k(ptr null, i64 2, i64 %x0, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7)
  ret i64 %r0
step:
  %top = load i64, ptr @scyc_top, align 8
  %fr = getelementptr inbounds i8, ptr @scyc_arena, i64 %top
  %top1 = add i64 %top, 16
  store i64 %top1, ptr @scyc_top, align 8
  store ptr %k, ptr %fr, align 8
  %px = getelementptr inbounds i8, ptr %fr, i64 8
  store i64 %n, ptr %px, align 8
  %n1 = sub i64 %n, 1
  %r1 = musttail call tailcc i64 @scyc_c2_0(ptr %fr, i64 %n1, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7, i64 %x0)
  ret i64 %r1
}

define i64 @scyc2(i64 %n) {
  store i64 0, ptr @scyc_top, align 8
  %r = call tailcc i64 @scyc_c2_0(ptr null, i64 %n, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10)
  ret i64 %r
}

define internal tailcc i64 @scyc_c5_0(ptr %k, i64 %n, i64 %x0, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7) noinline {
  call void @scyc_leaf4(i64 %n)
  %z = icmp eq i64 %n, 0
  br i1 %z, label %base, label %step
base:
  %r0 = musttail call tailcc i64 @scyc_ret_k(ptr null, i64 1, i64 %x0, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7)
  ret i64 %r0
step:
  %top = load i64, ptr @scyc_top, align 8
  %fr = getelementptr inbounds i8, ptr @scyc_arena, i64 %top
  %top1 = add i64 %top, 16
  store i64 %top1, ptr @scyc_top, align 8
  store ptr %k, ptr %fr, align 8
  %px = getelementptr inbounds i8, ptr %fr, i64 8
  store i64 %n, ptr %px, align 8
  %n1 = sub i64 %n, 1
  %r1 = musttail call tailcc i64 @scyc_c5_1(ptr %fr, i64 %n1, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7, i64 %x0)
  ret i64 %r1
}

define internal tailcc i64 @scyc_c5_1(ptr %k, i64 %n, i64 %x0, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7) noinline {
  call void @scyc_leaf24(i64 %n)
  %z = icmp eq i64 %n, 0
  br i1 %z, label %base, label %step
base:
  %r0 = musttail call tailcc i64 @scyc_ret_k(ptr null, i64 2, i64 %x0, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7)
  ret i64 %r0
step:
  %top = load i64, ptr @scyc_top, align 8
  %fr = getelementptr inbounds i8, ptr @scyc_arena, i64 %top
  %top1 = add i64 %top, 16
  store i64 %top1, ptr @scyc_top, align 8
  store ptr %k, ptr %fr, align 8
  %px = getelementptr inbounds i8, ptr %fr, i64 8
  store i64 %n, ptr %px, align 8
  %n1 = sub i64 %n, 1
  %r1 = musttail call tailcc i64 @scyc_c5_2(ptr %fr, i64 %n1, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7, i64 %x0)
  ret i64 %r1
}

define internal tailcc i64 @scyc_c5_2(ptr %k, i64 %n, i64 %x0, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7) noinline {
  call void @scyc_leaf8(i64 %n)
  %z = icmp eq i64 %n, 0
  br i1 %z, label %base, label %step
base:
  %r0 = musttail call tailcc i64 @scyc_ret_k(ptr null, i64 3, i64 %x0, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7)
  ret i64 %r0
step:
  %top = load i64, ptr @scyc_top, align 8
  %fr = getelementptr inbounds i8, ptr @scyc_arena, i64 %top
  %top1 = add i64 %top, 16
  store i64 %top1, ptr @scyc_top, align 8
  store ptr %k, ptr %fr, align 8
  %px = getelementptr inbounds i8, ptr %fr, i64 8
  store i64 %n, ptr %px, align 8
  %n1 = sub i64 %n, 1
  %r1 = musttail call tailcc i64 @scyc_c5_3(ptr %fr, i64 %n1, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7, i64 %x0)
  ret i64 %r1
}

define internal tailcc i64 @scyc_c5_3(ptr %k, i64 %n, i64 %x0, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7) noinline {
  call void @scyc_leaf12(i64 %n)
  %z = icmp eq i64 %n, 0
  br i1 %z, label %base, label %step
base:
  %r0 = musttail call tailcc i64 @scyc_ret_k(ptr null, i64 4, i64 %x0, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7)
  ret i64 %r0
step:
  %top = load i64, ptr @scyc_top, align 8
  %fr = getelementptr inbounds i8, ptr @scyc_arena, i64 %top
  %top1 = add i64 %top, 16
  store i64 %top1, ptr @scyc_top, align 8
  store ptr %k, ptr %fr, align 8
  %px = getelementptr inbounds i8, ptr %fr, i64 8
  store i64 %n, ptr %px, align 8
  %n1 = sub i64 %n, 1
  %r1 = musttail call tailcc i64 @scyc_c5_4(ptr %fr, i64 %n1, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7, i64 %x0)
  ret i64 %r1
}

define internal tailcc i64 @scyc_c5_4(ptr %k, i64 %n, i64 %x0, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7) noinline {
  call void @scyc_leaf6(i64 %n)
  %z = icmp eq i64 %n, 0
  br i1 %z, label %base, label %step
base:
  %r0 = musttail call tailcc i64 @scyc_ret_k(ptr null, i64 5, i64 %x0, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7)
  ret i64 %r0
step:
  %top = load i64, ptr @scyc_top, align 8
  %fr = getelementptr inbounds i8, ptr @scyc_arena, i64 %top
  %top1 = add i64 %top, 16
  store i64 %top1, ptr @scyc_top, align 8
  store ptr %k, ptr %fr, align 8
  %px = getelementptr inbounds i8, ptr %fr, i64 8
  store i64 %n, ptr %px, align 8
  %n1 = sub i64 %n, 1
  %r1 = musttail call tailcc i64 @scyc_c5_0(ptr %fr, i64 %n1, i64 %x1, i64 %x2, i64 %x3, i64 %x4, i64 %x5, i64 %x6, i64 %x7, i64 %x0)
  ret i64 %r1
}

define i64 @scyc5(i64 %n) {
  store i64 0, ptr @scyc_top, align 8
  %r = call tailcc i64 @scyc_c5_0(ptr null, i64 %n, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10)
  ret i64 %r
}

