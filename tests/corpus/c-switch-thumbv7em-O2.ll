; ModuleID = 'switch.c'
source_filename = "switch.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "thumbv7em-unknown-none-eabi"

@.str = private unnamed_addr constant [4 x i8] c"add\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"sub\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"mul\00", align 1
@.str.3 = private unnamed_addr constant [4 x i8] c"div\00", align 1
@.str.4 = private unnamed_addr constant [4 x i8] c"mod\00", align 1
@.str.5 = private unnamed_addr constant [4 x i8] c"and\00", align 1
@.str.6 = private unnamed_addr constant [3 x i8] c"or\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"xor\00", align 1
@.str.8 = private unnamed_addr constant [4 x i8] c"shl\00", align 1
@.str.9 = private unnamed_addr constant [4 x i8] c"shr\00", align 1
@.str.10 = private unnamed_addr constant [4 x i8] c"neg\00", align 1
@.str.11 = private unnamed_addr constant [4 x i8] c"not\00", align 1
@.str.12 = private unnamed_addr constant [2 x i8] c"?\00", align 1
@month_days.days = internal unnamed_addr constant [12 x i32] [i32 31, i32 28, i32 31, i32 30, i32 31, i32 30, i32 31, i32 31, i32 30, i32 31, i32 30, i32 31], align 4
@switch.table.op_name = private unnamed_addr constant [12 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7, ptr @.str.8, ptr @.str.9, ptr @.str.10, ptr @.str.11], align 4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define dso_local i64 @eval(i32 noundef %0, i64 noundef %1, i64 noundef %2) local_unnamed_addr #0 {
  switch i32 %0, label %34 [
    i32 0, label %4
    i32 1, label %6
    i32 2, label %8
    i32 3, label %10
    i32 4, label %14
    i32 5, label %18
    i32 6, label %20
    i32 7, label %22
    i32 8, label %24
    i32 9, label %27
    i32 10, label %30
    i32 11, label %32
  ]

4:                                                ; preds = %3
  %5 = add nsw i64 %2, %1
  br label %34

6:                                                ; preds = %3
  %7 = sub nsw i64 %1, %2
  br label %34

8:                                                ; preds = %3
  %9 = mul nsw i64 %2, %1
  br label %34

10:                                               ; preds = %3
  %11 = icmp eq i64 %2, 0
  br i1 %11, label %34, label %12

12:                                               ; preds = %10
  %13 = sdiv i64 %1, %2
  br label %34

14:                                               ; preds = %3
  %15 = icmp eq i64 %2, 0
  br i1 %15, label %34, label %16

16:                                               ; preds = %14
  %17 = srem i64 %1, %2
  br label %34

18:                                               ; preds = %3
  %19 = and i64 %2, %1
  br label %34

20:                                               ; preds = %3
  %21 = or i64 %2, %1
  br label %34

22:                                               ; preds = %3
  %23 = xor i64 %2, %1
  br label %34

24:                                               ; preds = %3
  %25 = and i64 %2, 63
  %26 = shl i64 %1, %25
  br label %34

27:                                               ; preds = %3
  %28 = and i64 %2, 63
  %29 = ashr i64 %1, %28
  br label %34

30:                                               ; preds = %3
  %31 = sub nsw i64 0, %1
  br label %34

32:                                               ; preds = %3
  %33 = xor i64 %1, -1
  br label %34

34:                                               ; preds = %3, %16, %14, %12, %10, %32, %30, %27, %24, %22, %20, %18, %8, %6, %4
  %35 = phi i64 [ 0, %14 ], [ %5, %4 ], [ %7, %6 ], [ %9, %8 ], [ %33, %32 ], [ 0, %10 ], [ %19, %18 ], [ %21, %20 ], [ %23, %22 ], [ %26, %24 ], [ %29, %27 ], [ %31, %30 ], [ %13, %12 ], [ %17, %16 ], [ 0, %3 ]
  ret i64 %35
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define dso_local noundef nonnull ptr @op_name(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp ult i32 %0, 12
  br i1 %2, label %3, label %6

3:                                                ; preds = %1
  %4 = getelementptr inbounds nuw ptr, ptr @switch.table.op_name, i32 %0
  %5 = load ptr, ptr %4, align 4
  br label %6

6:                                                ; preds = %1, %3
  %7 = phi ptr [ %5, %3 ], [ @.str.12, %1 ]
  ret ptr %7
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define dso_local range(i32 -1, 18) i32 @classify(i32 noundef %0) local_unnamed_addr #0 {
  switch i32 %0, label %9 [
    i32 1, label %10
    i32 100, label %2
    i32 1000, label %3
    i32 4096, label %4
    i32 65535, label %5
    i32 100000, label %6
    i32 -559038737, label %7
    i32 2147483647, label %8
  ]

2:                                                ; preds = %1
  br label %10

3:                                                ; preds = %1
  br label %10

4:                                                ; preds = %1
  br label %10

5:                                                ; preds = %1
  br label %10

6:                                                ; preds = %1
  br label %10

7:                                                ; preds = %1
  br label %10

8:                                                ; preds = %1
  br label %10

9:                                                ; preds = %1
  br label %10

10:                                               ; preds = %1, %9, %8, %7, %6, %5, %4, %3, %2
  %11 = phi i32 [ -1, %9 ], [ 17, %8 ], [ 11, %2 ], [ 12, %3 ], [ 13, %4 ], [ 14, %5 ], [ 15, %6 ], [ 16, %7 ], [ 10, %1 ]
  ret i32 %11
}

; Function Attrs: nounwind
define dso_local i64 @run_program(ptr noundef readonly captures(none) %0, i32 noundef %1, i64 noundef %2) local_unnamed_addr #1 {
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %7, label %5

5:                                                ; preds = %53, %3
  %6 = phi i64 [ %2, %3 ], [ %54, %53 ]
  ret i64 %6

7:                                                ; preds = %3, %53
  %8 = phi i64 [ %54, %53 ], [ %2, %3 ]
  %9 = phi i32 [ %55, %53 ], [ 0, %3 ]
  %10 = getelementptr inbounds nuw i8, ptr %0, i32 %9
  %11 = load i8, ptr %10, align 1, !tbaa !7
  %12 = urem i8 %11, 12
  switch i8 %12, label %20 [
    i8 4, label %17
    i8 3, label %17
    i8 11, label %15
    i8 10, label %13
  ]

13:                                               ; preds = %7
  %14 = sub nsw i64 0, %8
  br label %53

15:                                               ; preds = %7
  %16 = xor i64 %8, -1
  br label %53

17:                                               ; preds = %7, %7
  %18 = zext nneg i8 %12 to i32
  tail call void @log_op(i32 noundef %18) #3
  %19 = load i8, ptr %10, align 1, !tbaa !7
  br label %20

20:                                               ; preds = %7, %17
  %21 = phi i8 [ %11, %7 ], [ %19, %17 ]
  %22 = lshr i8 %21, 4
  %23 = zext nneg i8 %22 to i64
  switch i8 %12, label %52 [
    i8 0, label %24
    i8 1, label %26
    i8 2, label %28
    i8 3, label %30
    i8 4, label %34
    i8 5, label %38
    i8 6, label %40
    i8 7, label %42
    i8 8, label %44
    i8 9, label %46
    i8 10, label %48
    i8 11, label %50
  ]

24:                                               ; preds = %20
  %25 = add nsw i64 %8, %23
  br label %53

26:                                               ; preds = %20
  %27 = sub nsw i64 %8, %23
  br label %53

28:                                               ; preds = %20
  %29 = mul nsw i64 %8, %23
  br label %53

30:                                               ; preds = %20
  %31 = icmp eq i8 %22, 0
  br i1 %31, label %53, label %32

32:                                               ; preds = %30
  %33 = sdiv i64 %8, %23
  br label %53

34:                                               ; preds = %20
  %35 = icmp eq i8 %22, 0
  br i1 %35, label %53, label %36

36:                                               ; preds = %34
  %37 = srem i64 %8, %23
  br label %53

38:                                               ; preds = %20
  %39 = and i64 %8, %23
  br label %53

40:                                               ; preds = %20
  %41 = or i64 %8, %23
  br label %53

42:                                               ; preds = %20
  %43 = xor i64 %8, %23
  br label %53

44:                                               ; preds = %20
  %45 = shl i64 %8, %23
  br label %53

46:                                               ; preds = %20
  %47 = ashr i64 %8, %23
  br label %53

48:                                               ; preds = %20
  %49 = sub nsw i64 0, %8
  br label %53

50:                                               ; preds = %20
  %51 = xor i64 %8, -1
  br label %53

52:                                               ; preds = %20
  unreachable

53:                                               ; preds = %50, %48, %46, %44, %42, %40, %38, %36, %34, %32, %30, %28, %26, %24, %15, %13
  %54 = phi i64 [ %37, %36 ], [ %33, %32 ], [ %43, %42 ], [ %41, %40 ], [ %49, %48 ], [ %16, %15 ], [ %47, %46 ], [ %45, %44 ], [ %39, %38 ], [ 0, %30 ], [ %51, %50 ], [ %29, %28 ], [ %14, %13 ], [ 0, %34 ], [ %25, %24 ], [ %27, %26 ]
  %55 = add nuw nsw i32 %9, 1
  %56 = icmp eq i32 %55, %1
  br i1 %56, label %5, label %7, !llvm.loop !8
}

declare dso_local void @log_op(i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define dso_local i32 @month_days(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  switch i32 %0, label %10 [
    i32 2, label %3
    i32 1, label %6
    i32 3, label %6
    i32 4, label %6
    i32 5, label %6
    i32 6, label %6
    i32 7, label %6
    i32 8, label %6
    i32 9, label %6
    i32 10, label %6
    i32 11, label %6
    i32 12, label %6
  ]

3:                                                ; preds = %2
  %4 = icmp eq i32 %1, 0
  %5 = select i1 %4, i32 28, i32 29
  br label %10

6:                                                ; preds = %2, %2, %2, %2, %2, %2, %2, %2, %2, %2, %2
  %7 = getelementptr i32, ptr @month_days.days, i32 %0
  %8 = getelementptr i8, ptr %7, i32 -4
  %9 = load i32, ptr %8, align 4, !tbaa !3
  br label %10

10:                                               ; preds = %2, %6, %3
  %11 = phi i32 [ %9, %6 ], [ %5, %3 ], [ 0, %2 ]
  ret i32 %11
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #1 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #2 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1}
!llvm.ident = !{!2}
!llvm.errno.tbaa = !{!3}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"min_enum_size", i32 4}
!2 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!3 = !{!4, !4, i64 0}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{!5, !5, i64 0}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
