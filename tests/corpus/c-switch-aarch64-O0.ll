; ModuleID = 'switch.c'
source_filename = "switch.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

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
@month_days.days = internal constant [12 x i32] [i32 31, i32 28, i32 31, i32 30, i32 31, i32 30, i32 31, i32 31, i32 30, i32 31, i32 30, i32 31], align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @eval(i32 noundef %0, i64 noundef %1, i64 noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i64, align 8
  store i32 %0, ptr %5, align 4
  store i64 %1, ptr %6, align 8
  store i64 %2, ptr %7, align 8
  %8 = load i32, ptr %5, align 4
  switch i32 %8, label %69 [
    i32 0, label %9
    i32 1, label %13
    i32 2, label %17
    i32 3, label %21
    i32 4, label %31
    i32 5, label %41
    i32 6, label %45
    i32 7, label %49
    i32 8, label %53
    i32 9, label %58
    i32 10, label %63
    i32 11, label %66
  ]

9:                                                ; preds = %3
  %10 = load i64, ptr %6, align 8
  %11 = load i64, ptr %7, align 8
  %12 = add nsw i64 %10, %11
  store i64 %12, ptr %4, align 8
  br label %70

13:                                               ; preds = %3
  %14 = load i64, ptr %6, align 8
  %15 = load i64, ptr %7, align 8
  %16 = sub nsw i64 %14, %15
  store i64 %16, ptr %4, align 8
  br label %70

17:                                               ; preds = %3
  %18 = load i64, ptr %6, align 8
  %19 = load i64, ptr %7, align 8
  %20 = mul nsw i64 %18, %19
  store i64 %20, ptr %4, align 8
  br label %70

21:                                               ; preds = %3
  %22 = load i64, ptr %7, align 8
  %23 = icmp ne i64 %22, 0
  br i1 %23, label %24, label %28

24:                                               ; preds = %21
  %25 = load i64, ptr %6, align 8
  %26 = load i64, ptr %7, align 8
  %27 = sdiv i64 %25, %26
  br label %29

28:                                               ; preds = %21
  br label %29

29:                                               ; preds = %28, %24
  %30 = phi i64 [ %27, %24 ], [ 0, %28 ]
  store i64 %30, ptr %4, align 8
  br label %70

31:                                               ; preds = %3
  %32 = load i64, ptr %7, align 8
  %33 = icmp ne i64 %32, 0
  br i1 %33, label %34, label %38

34:                                               ; preds = %31
  %35 = load i64, ptr %6, align 8
  %36 = load i64, ptr %7, align 8
  %37 = srem i64 %35, %36
  br label %39

38:                                               ; preds = %31
  br label %39

39:                                               ; preds = %38, %34
  %40 = phi i64 [ %37, %34 ], [ 0, %38 ]
  store i64 %40, ptr %4, align 8
  br label %70

41:                                               ; preds = %3
  %42 = load i64, ptr %6, align 8
  %43 = load i64, ptr %7, align 8
  %44 = and i64 %42, %43
  store i64 %44, ptr %4, align 8
  br label %70

45:                                               ; preds = %3
  %46 = load i64, ptr %6, align 8
  %47 = load i64, ptr %7, align 8
  %48 = or i64 %46, %47
  store i64 %48, ptr %4, align 8
  br label %70

49:                                               ; preds = %3
  %50 = load i64, ptr %6, align 8
  %51 = load i64, ptr %7, align 8
  %52 = xor i64 %50, %51
  store i64 %52, ptr %4, align 8
  br label %70

53:                                               ; preds = %3
  %54 = load i64, ptr %6, align 8
  %55 = load i64, ptr %7, align 8
  %56 = and i64 %55, 63
  %57 = shl i64 %54, %56
  store i64 %57, ptr %4, align 8
  br label %70

58:                                               ; preds = %3
  %59 = load i64, ptr %6, align 8
  %60 = load i64, ptr %7, align 8
  %61 = and i64 %60, 63
  %62 = ashr i64 %59, %61
  store i64 %62, ptr %4, align 8
  br label %70

63:                                               ; preds = %3
  %64 = load i64, ptr %6, align 8
  %65 = sub nsw i64 0, %64
  store i64 %65, ptr %4, align 8
  br label %70

66:                                               ; preds = %3
  %67 = load i64, ptr %6, align 8
  %68 = xor i64 %67, -1
  store i64 %68, ptr %4, align 8
  br label %70

69:                                               ; preds = %3
  store i64 0, ptr %4, align 8
  br label %70

70:                                               ; preds = %69, %66, %63, %58, %53, %49, %45, %41, %39, %29, %17, %13, %9
  %71 = load i64, ptr %4, align 8
  ret i64 %71
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local ptr @op_name(i32 noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = load i32, ptr %3, align 4
  switch i32 %4, label %17 [
    i32 0, label %5
    i32 1, label %6
    i32 2, label %7
    i32 3, label %8
    i32 4, label %9
    i32 5, label %10
    i32 6, label %11
    i32 7, label %12
    i32 8, label %13
    i32 9, label %14
    i32 10, label %15
    i32 11, label %16
  ]

5:                                                ; preds = %1
  store ptr @.str, ptr %2, align 8
  br label %18

6:                                                ; preds = %1
  store ptr @.str.1, ptr %2, align 8
  br label %18

7:                                                ; preds = %1
  store ptr @.str.2, ptr %2, align 8
  br label %18

8:                                                ; preds = %1
  store ptr @.str.3, ptr %2, align 8
  br label %18

9:                                                ; preds = %1
  store ptr @.str.4, ptr %2, align 8
  br label %18

10:                                               ; preds = %1
  store ptr @.str.5, ptr %2, align 8
  br label %18

11:                                               ; preds = %1
  store ptr @.str.6, ptr %2, align 8
  br label %18

12:                                               ; preds = %1
  store ptr @.str.7, ptr %2, align 8
  br label %18

13:                                               ; preds = %1
  store ptr @.str.8, ptr %2, align 8
  br label %18

14:                                               ; preds = %1
  store ptr @.str.9, ptr %2, align 8
  br label %18

15:                                               ; preds = %1
  store ptr @.str.10, ptr %2, align 8
  br label %18

16:                                               ; preds = %1
  store ptr @.str.11, ptr %2, align 8
  br label %18

17:                                               ; preds = %1
  store ptr @.str.12, ptr %2, align 8
  br label %18

18:                                               ; preds = %17, %16, %15, %14, %13, %12, %11, %10, %9, %8, %7, %6, %5
  %19 = load ptr, ptr %2, align 8
  ret ptr %19
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @classify(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, ptr %3, align 4
  %4 = load i32, ptr %3, align 4
  switch i32 %4, label %13 [
    i32 1, label %5
    i32 100, label %6
    i32 1000, label %7
    i32 4096, label %8
    i32 65535, label %9
    i32 100000, label %10
    i32 -559038737, label %11
    i32 2147483647, label %12
  ]

5:                                                ; preds = %1
  store i32 10, ptr %2, align 4
  br label %14

6:                                                ; preds = %1
  store i32 11, ptr %2, align 4
  br label %14

7:                                                ; preds = %1
  store i32 12, ptr %2, align 4
  br label %14

8:                                                ; preds = %1
  store i32 13, ptr %2, align 4
  br label %14

9:                                                ; preds = %1
  store i32 14, ptr %2, align 4
  br label %14

10:                                               ; preds = %1
  store i32 15, ptr %2, align 4
  br label %14

11:                                               ; preds = %1
  store i32 16, ptr %2, align 4
  br label %14

12:                                               ; preds = %1
  store i32 17, ptr %2, align 4
  br label %14

13:                                               ; preds = %1
  store i32 -1, ptr %2, align 4
  br label %14

14:                                               ; preds = %13, %12, %11, %10, %9, %8, %7, %6, %5
  %15 = load i32, ptr %2, align 4
  ret i32 %15
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @run_program(ptr noundef %0, i32 noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i64, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
  store i32 %1, ptr %5, align 4
  store i64 %2, ptr %6, align 8
  store i32 0, ptr %7, align 4
  br label %9

9:                                                ; preds = %41, %3
  %10 = load i32, ptr %7, align 4
  %11 = load i32, ptr %5, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %44

13:                                               ; preds = %9
  %14 = load ptr, ptr %4, align 8
  %15 = load i32, ptr %7, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds i8, ptr %14, i64 %16
  %18 = load i8, ptr %17, align 1
  %19 = zext i8 %18 to i32
  %20 = srem i32 %19, 12
  store i32 %20, ptr %8, align 4
  %21 = load i32, ptr %8, align 4
  switch i32 %21, label %28 [
    i32 10, label %22
    i32 11, label %22
    i32 3, label %26
    i32 4, label %26
  ]

22:                                               ; preds = %13, %13
  %23 = load i32, ptr %8, align 4
  %24 = load i64, ptr %6, align 8
  %25 = call i64 @eval(i32 noundef %23, i64 noundef %24, i64 noundef 0)
  store i64 %25, ptr %6, align 8
  br label %40

26:                                               ; preds = %13, %13
  %27 = load i32, ptr %8, align 4
  call void @log_op(i32 noundef %27)
  br label %28

28:                                               ; preds = %13, %26
  %29 = load i32, ptr %8, align 4
  %30 = load i64, ptr %6, align 8
  %31 = load ptr, ptr %4, align 8
  %32 = load i32, ptr %7, align 4
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds i8, ptr %31, i64 %33
  %35 = load i8, ptr %34, align 1
  %36 = zext i8 %35 to i32
  %37 = ashr i32 %36, 4
  %38 = sext i32 %37 to i64
  %39 = call i64 @eval(i32 noundef %29, i64 noundef %30, i64 noundef %38)
  store i64 %39, ptr %6, align 8
  br label %40

40:                                               ; preds = %28, %22
  br label %41

41:                                               ; preds = %40
  %42 = load i32, ptr %7, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, ptr %7, align 4
  br label %9, !llvm.loop !6

44:                                               ; preds = %9
  %45 = load i64, ptr %6, align 8
  ret i64 %45
}

declare void @log_op(i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @month_days(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, ptr %4, align 4
  store i32 %1, ptr %5, align 4
  %6 = load i32, ptr %4, align 4
  switch i32 %6, label %18 [
    i32 2, label %7
    i32 1, label %12
    i32 3, label %12
    i32 4, label %12
    i32 5, label %12
    i32 6, label %12
    i32 7, label %12
    i32 8, label %12
    i32 9, label %12
    i32 10, label %12
    i32 11, label %12
    i32 12, label %12
  ]

7:                                                ; preds = %2
  %8 = load i32, ptr %5, align 4
  %9 = icmp ne i32 %8, 0
  %10 = zext i1 %9 to i64
  %11 = select i1 %9, i32 29, i32 28
  store i32 %11, ptr %3, align 4
  br label %19

12:                                               ; preds = %2, %2, %2, %2, %2, %2, %2, %2, %2, %2, %2
  %13 = load i32, ptr %4, align 4
  %14 = sub nsw i32 %13, 1
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [12 x i32], ptr @month_days.days, i64 0, i64 %15
  %17 = load i32, ptr %16, align 4
  store i32 %17, ptr %3, align 4
  br label %19

18:                                               ; preds = %2
  store i32 0, ptr %3, align 4
  br label %19

19:                                               ; preds = %18, %12, %7
  %20 = load i32, ptr %3, align 4
  ret i32 %20
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 4}
!5 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
