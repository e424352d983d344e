; validate: about continuation-passing cycles of 1, 2 and 5 tailcc functions (musttail), register arguments: constant stack at depths 1, 1000, 100000
; validate: targets x86_64 aarch64
; validate: entry cyc1 1
; validate: entry cyc1 1000
; validate: entry cyc1 100000
; validate: entry cyc2 1
; validate: entry cyc2 1000
; validate: entry cyc2 100000
; validate: entry cyc5 1
; validate: entry cyc5 1000
; validate: entry cyc5 100000
; validate: quick
; validate: requires tail-call
;
; Continuation-passing cycles of 1, 2 and 5 `tailcc` functions: every call between members is
; `musttail call tailcc`, each step pushes a frame {next, n} onto a bump arena (the
; continuation), and the final continuation, ret_k, walks that chain by self tail calls.
; Each member calls a C-convention leaf on the system stack; member 1's is the deepest, so
; the bound is the deepest member's, reached at depth 1 already.

@cyc_arena = internal global [4194304 x i8] zeroinitializer, align 16
@cyc_top = internal global i64 0, align 8

define internal void @cyc_leaf4(i64 %v) noinline {
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

define internal void @cyc_leaf6(i64 %v) noinline {
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

define internal void @cyc_leaf8(i64 %v) noinline {
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

define internal void @cyc_leaf12(i64 %v) noinline {
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

define internal void @cyc_leaf24(i64 %v) noinline {
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

define internal tailcc i64 @cyc_ret_k(ptr %k, i64 %n, i64 %x0) noinline {
  %z = icmp eq ptr %k, null
  br i1 %z, label %done, label %more
done:
  %r0 = add i64 %n, 0
  %f0 = xor i64 %r0, %x0
  ret i64 %f0
more:
  %next = load ptr, ptr %k, align 8
  %px = getelementptr inbounds i8, ptr %k, i64 8
  %x = load i64, ptr %px, align 8
  %m = mul i64 %n, 31
  %v = add i64 %m, %x
  %v1 = and i64 %v, 4294967295
  %r = musttail call tailcc i64 @cyc_ret_k(ptr %next, i64 %v1, i64 %x0)
  ret i64 %r
}

define internal tailcc i64 @cyc_c1_0(ptr %k, i64 %n, i64 %x0) noinline {
  call void @cyc_leaf4(i64 %n)
  %z = icmp eq i64 %n, 0
  br i1 %z, label %base, label %step
base:
  %r0 = musttail call tailcc i64 @cyc_ret_k(ptr null, i64 1, i64 %x0)
  ret i64 %r0
step:
  %top = load i64, ptr @cyc_top, align 8
  %fr = getelementptr inbounds i8, ptr @cyc_arena, i64 %top
  %top1 = add i64 %top, 16
  store i64 %top1, ptr @cyc_top, align 8
  store ptr %k, ptr %fr, align 8
  %px = getelementptr inbounds i8, ptr %fr, i64 8
  store i64 %n, ptr %px, align 8
  %n1 = sub i64 %n, 1
  %r1 = musttail call tailcc i64 @cyc_c1_0(ptr %fr, i64 %n1, i64 %x0)
  ret i64 %r1
}

define i64 @cyc1(i64 %n) {
  store i64 0, ptr @cyc_top, align 8
  %r = call tailcc i64 @cyc_c1_0(ptr null, i64 %n, i64 3)
  ret i64 %r
}

define internal tailcc i64 @cyc_c2_0(ptr %k, i64 %n, i64 %x0) noinline {
  call void @cyc_leaf4(i64 %n)
  %z = icmp eq i64 %n, 0
  br i1 %z, label %base, label %step
base:
  %r0 = musttail call tailcc i64 @cyc_ret_k(ptr null, i64 1, i64 %x0)
  ret i64 %r0
step:
  %top = load i64, ptr @cyc_top, align 8
  %fr = getelementptr inbounds i8, ptr @cyc_arena, i64 %top
  %top1 = add i64 %top, 16
  store i64 %top1, ptr @cyc_top, align 8
  store ptr %k, ptr %fr, align 8
  %px = getelementptr inbounds i8, ptr %fr, i64 8
  store i64 %n, ptr %px, align 8
  %n1 = sub i64 %n, 1
  %r1 = musttail call tailcc i64 @cyc_c2_1(ptr %fr, i64 %n1, i64 %x0)
  ret i64 %r1
}

define internal tailcc i64 @cyc_c2_1(ptr %k, i64 %n, i64 %x0) noinline {
  call void @cyc_leaf24(i64 %n)
  %z = icmp eq i64 %n, 0
  br i1 %z, label %base, label %step
base:
  %r0 = musttail call tailcc i64 @cyc_ret_k(ptr null, i64 2, i64 %x0)
  ret i64 %r0
step:
  %top = load i64, ptr @cyc_top, align 8
  %fr = getelementptr inbounds i8, ptr @cyc_arena, i64 %top
  %top1 = add i64 %top, 16
  store i64 %top1, ptr @cyc_top, align 8
  store ptr %k, ptr %fr, align 8
  %px = getelementptr inbounds i8, ptr %fr, i64 8
  store i64 %n, ptr %px, align 8
  %n1 = sub i64 %n, 1
  %r1 = musttail call tailcc i64 @cyc_c2_0(ptr %fr, i64 %n1, i64 %x0)
  ret i64 %r1
}

define i64 @cyc2(i64 %n) {
  store i64 0, ptr @cyc_top, align 8
  %r = call tailcc i64 @cyc_c2_0(ptr null, i64 %n, i64 3)
  ret i64 %r
}

define internal tailcc i64 @cyc_c5_0(ptr %k, i64 %n, i64 %x0) noinline {
  call void @cyc_leaf4(i64 %n)
  %z = icmp eq i64 %n, 0
  br i1 %z, label %base, label %step
base:
  %r0 = musttail call tailcc i64 @cyc_ret_k(ptr null, i64 1, i64 %x0)
  ret i64 %r0
step:
  %top = load i64, ptr @cyc_top, align 8
  %fr = getelementptr inbounds i8, ptr @cyc_arena, i64 %top
  %top1 = add i64 %top, 16
  store i64 %top1, ptr @cyc_top, align 8
  store ptr %k, ptr %fr, align 8
  %px = getelementptr inbounds i8, ptr %fr, i64 8
  store i64 %n, ptr %px, align 8
  %n1 = sub i64 %n, 1
  %r1 = musttail call tailcc i64 @cyc_c5_1(ptr %fr, i64 %n1, i64 %x0)
  ret i64 %r1
}

define internal tailcc i64 @cyc_c5_1(ptr %k, i64 %n, i64 %x0) noinline {
  call void @cyc_leaf24(i64 %n)
  %z = icmp eq i64 %n, 0
  br i1 %z, label %base, label %step
base:
  %r0 = musttail call tailcc i64 @cyc_ret_k(ptr null, i64 2, i64 %x0)
  ret i64 %r0
step:
  %top = load i64, ptr @cyc_top, align 8
  %fr = getelementptr inbounds i8, ptr @cyc_arena, i64 %top
  %top1 = add i64 %top, 16
  store i64 %top1, ptr @cyc_top, align 8
  store ptr %k, ptr %fr, align 8
  %px = getelementptr inbounds i8, ptr %fr, i64 8
  store i64 %n, ptr %px, align 8
  %n1 = sub i64 %n, 1
  %r1 = musttail call tailcc i64 @cyc_c5_2(ptr %fr, i64 %n1, i64 %x0)
  ret i64 %r1
}

define internal tailcc i64 @cyc_c5_2(ptr %k, i64 %n, i64 %x0) noinline {
  call void @cyc_leaf8(i64 %n)
  %z = icmp eq i64 %n, 0
  br i1 %z, label %base, label %step
base:
  %r0 = musttail call tailcc i64 @cyc_ret_k(ptr null, i64 3, i64 %x0)
  ret i64 %r0
step:
  %top = load i64, ptr @cyc_top, align 8
  %fr = getelementptr inbounds i8, ptr @cyc_arena, i64 %top
  %top1 = add i64 %top, 16
  store i64 %top1, ptr @cyc_top, align 8
  store ptr %k, ptr %fr, align 8
  %px = getelementptr inbounds i8, ptr %fr, i64 8
  store i64 %n, ptr %px, align 8
  %n1 = sub i64 %n, 1
  %r1 = musttail call tailcc i64 @cyc_c5_3(ptr %fr, i64 %n1, i64 %x0)
  ret i64 %r1
}

define internal tailcc i64 @cyc_c5_3(ptr %k, i64 %n, i64 %x0) noinline {
  call void @cyc_leaf12(i64 %n)
  %z = icmp eq i64 %n, 0
  br i1 %z, label %base, label %step
base:
  %r0 = musttail call tailcc i64 @cyc_ret_k(ptr null, i64 4, i64 %x0)
  ret i64 %r0
step:
  %top = load i64, ptr @cyc_top, align 8
  %fr = getelementptr inbounds i8, ptr @cyc_arena, i64 %top
  %top1 = add i64 %top, 16
  store i64 %top1, ptr @cyc_top, align 8
  store ptr %k, ptr %fr, align 8
  %px = getelementptr inbounds i8, ptr %fr, i64 8
  store i64 %n, ptr %px, align 8
  %n1 = sub i64 %n, 1
  %r1 = musttail call tailcc i64 @cyc_c5_4(ptr %fr, i64 %n1, i64 %x0)
  ret i64 %r1
}

define internal tailcc i64 @cyc_c5_4(ptr %k, i64 %n, i64 %x0) noinline {
  call void @cyc_leaf6(i64 %n)
  %z = icmp eq i64 %n, 0
  br i1 %z, label %base, label %step
base:
  %r0 = musttail call tailcc i64 @cyc_ret_k(ptr null, i64 5, i64 %x0)
  ret i64 %r0
step:
  %top = load i64, ptr @cyc_top, align 8
  %fr = getelementptr inbounds i8, ptr @cyc_arena, i64 %top
  %top1 = add i64 %top, 16
  store i64 %top1, ptr @cyc_top, align 8
  store ptr %k, ptr %fr, align 8
  %px = getelementptr inbounds i8, ptr %fr, i64 8
  store i64 %n, ptr %px, align 8
  %n1 = sub i64 %n, 1
  %r1 = musttail call tailcc i64 @cyc_c5_0(ptr %fr, i64 %n1, i64 %x0)
  ret i64 %r1
}

define i64 @cyc5(i64 %n) {
  store i64 0, ptr @cyc_top, align 8
  %r = call tailcc i64 @cyc_c5_0(ptr null, i64 %n, i64 3)
  ret i64 %r
}

