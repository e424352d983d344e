; ModuleID = 'int128.c'
source_filename = "int128.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i128 @udiv128(i128 noundef %0, i128 noundef %1) #0 {
  %3 = alloca i128, align 16
  %4 = alloca i128, align 16
  store i128 %0, ptr %3, align 16
  store i128 %1, ptr %4, align 16
  %5 = load i128, ptr %3, align 16
  %6 = load i128, ptr %4, align 16
  %7 = udiv i128 %5, %6
  ret i128 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i128 @sdiv128(i128 noundef %0, i128 noundef %1) #0 {
  %3 = alloca i128, align 16
  %4 = alloca i128, align 16
  store i128 %0, ptr %3, align 16
  store i128 %1, ptr %4, align 16
  %5 = load i128, ptr %3, align 16
  %6 = load i128, ptr %4, align 16
  %7 = sdiv i128 %5, %6
  ret i128 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i128 @umod128(i128 noundef %0, i128 noundef %1) #0 {
  %3 = alloca i128, align 16
  %4 = alloca i128, align 16
  store i128 %0, ptr %3, align 16
  store i128 %1, ptr %4, align 16
  %5 = load i128, ptr %3, align 16
  %6 = load i128, ptr %4, align 16
  %7 = urem i128 %5, %6
  ret i128 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i128 @smod128(i128 noundef %0, i128 noundef %1) #0 {
  %3 = alloca i128, align 16
  %4 = alloca i128, align 16
  store i128 %0, ptr %3, align 16
  store i128 %1, ptr %4, align 16
  %5 = load i128, ptr %3, align 16
  %6 = load i128, ptr %4, align 16
  %7 = srem i128 %5, %6
  ret i128 %7
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i128 @mul_wide(i64 noundef %0, i64 noundef %1) #0 {
  %3 = alloca i64, align 8
  %4 = alloca i64, align 8
  store i64 %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %3, align 8
  %6 = zext i64 %5 to i128
  %7 = load i64, ptr %4, align 8
  %8 = zext i64 %7 to i128
  %9 = mul i128 %6, %8
  ret i128 %9
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i128 @pow_mod(i128 noundef %0, i128 noundef %1, i128 noundef %2) #0 {
  %4 = alloca i128, align 16
  %5 = alloca i128, align 16
  %6 = alloca i128, align 16
  %7 = alloca i128, align 16
  store i128 %0, ptr %4, align 16
  store i128 %1, ptr %5, align 16
  store i128 %2, ptr %6, align 16
  store i128 1, ptr %7, align 16
  %8 = load i128, ptr %6, align 16
  %9 = load i128, ptr %4, align 16
  %10 = urem i128 %9, %8
  store i128 %10, ptr %4, align 16
  br label %11

11:                                               ; preds = %24, %3
  %12 = load i128, ptr %5, align 16
  %13 = icmp ne i128 %12, 0
  br i1 %13, label %14, label %32

14:                                               ; preds = %11
  %15 = load i128, ptr %5, align 16
  %16 = and i128 %15, 1
  %17 = icmp ne i128 %16, 0
  br i1 %17, label %18, label %24

18:                                               ; preds = %14
  %19 = load i128, ptr %7, align 16
  %20 = load i128, ptr %4, align 16
  %21 = mul i128 %19, %20
  %22 = load i128, ptr %6, align 16
  %23 = urem i128 %21, %22
  store i128 %23, ptr %7, align 16
  br label %24

24:                                               ; preds = %18, %14
  %25 = load i128, ptr %4, align 16
  %26 = load i128, ptr %4, align 16
  %27 = mul i128 %25, %26
  %28 = load i128, ptr %6, align 16
  %29 = urem i128 %27, %28
  store i128 %29, ptr %4, align 16
  %30 = load i128, ptr %5, align 16
  %31 = lshr i128 %30, 1
  store i128 %31, ptr %5, align 16
  br label %11, !llvm.loop !6

32:                                               ; preds = %11
  %33 = load i128, ptr %7, align 16
  ret i128 %33
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @to_decimal(i128 noundef %0, ptr noundef %1) #0 {
  %3 = alloca i128, align 16
  %4 = alloca ptr, align 8
  %5 = alloca [40 x i8], align 16
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i128 %0, ptr %3, align 16
  store ptr %1, ptr %4, align 8
  store i32 0, ptr %6, align 4
  br label %8

8:                                                ; preds = %20, %2
  %9 = load i128, ptr %3, align 16
  %10 = urem i128 %9, 10
  %11 = trunc i128 %10 to i32
  %12 = add nsw i32 48, %11
  %13 = trunc i32 %12 to i8
  %14 = load i32, ptr %6, align 4
  %15 = add nsw i32 %14, 1
  store i32 %15, ptr %6, align 4
  %16 = sext i32 %14 to i64
  %17 = getelementptr inbounds [40 x i8], ptr %5, i64 0, i64 %16
  store i8 %13, ptr %17, align 1
  %18 = load i128, ptr %3, align 16
  %19 = udiv i128 %18, 10
  store i128 %19, ptr %3, align 16
  br label %20

20:                                               ; preds = %8
  %21 = load i128, ptr %3, align 16
  %22 = icmp ne i128 %21, 0
  br i1 %22, label %8, label %23, !llvm.loop !8

23:                                               ; preds = %20
  store i32 0, ptr %7, align 4
  br label %24

24:                                               ; preds = %40, %23
  %25 = load i32, ptr %7, align 4
  %26 = load i32, ptr %6, align 4
  %27 = icmp slt i32 %25, %26
  br i1 %27, label %28, label %43

28:                                               ; preds = %24
  %29 = load i32, ptr %6, align 4
  %30 = sub nsw i32 %29, 1
  %31 = load i32, ptr %7, align 4
  %32 = sub nsw i32 %30, %31
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [40 x i8], ptr %5, i64 0, i64 %33
  %35 = load i8, ptr %34, align 1
  %36 = load ptr, ptr %4, align 8
  %37 = load i32, ptr %7, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds i8, ptr %36, i64 %38
  store i8 %35, ptr %39, align 1
  br label %40

40:                                               ; preds = %28
  %41 = load i32, ptr %7, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, ptr %7, align 4
  br label %24, !llvm.loop !9

43:                                               ; preds = %24
  %44 = load ptr, ptr %4, align 8
  %45 = load i32, ptr %6, align 4
  %46 = sext i32 %45 to i64
  %47 = getelementptr inbounds i8, ptr %44, i64 %46
  store i8 0, ptr %47, align 1
  %48 = load i32, ptr %6, align 4
  ret i32 %48
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i128 @shifts(i128 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i128, align 16
  %4 = alloca i32, align 4
  store i128 %0, ptr %3, align 16
  store i32 %1, ptr %4, align 4
  %5 = load i128, ptr %3, align 16
  %6 = load i32, ptr %4, align 4
  %7 = and i32 %6, 127
  %8 = zext i32 %7 to i128
  %9 = shl i128 %5, %8
  %10 = load i128, ptr %3, align 16
  %11 = load i32, ptr %4, align 4
  %12 = add nsw i32 %11, 7
  %13 = and i32 %12, 127
  %14 = zext i32 %13 to i128
  %15 = ashr i128 %10, %14
  %16 = xor i128 %9, %15
  ret i128 %16
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @u128_to_double(i128 noundef %0) #0 {
  %2 = alloca i128, align 16
  store i128 %0, ptr %2, align 16
  %3 = load i128, ptr %2, align 16
  %4 = uitofp i128 %3 to double
  ret double %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i128 @double_to_u128(double noundef %0) #0 {
  %2 = alloca double, align 8
  store double %0, ptr %2, align 8
  %3 = load double, ptr %2, align 8
  %4 = fptoui double %3 to i128
  ret i128 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @overflow_checks(i64 noundef %0, i64 noundef %1, ptr noundef %2) #0 {
  %4 = alloca i64, align 8
  %5 = alloca i64, align 8
  %6 = alloca ptr, align 8
  %7 = alloca i64, align 8
  %8 = alloca i32, align 4
  store i64 %0, ptr %4, align 8
  store i64 %1, ptr %5, align 8
  store ptr %2, ptr %6, align 8
  %9 = load i64, ptr %4, align 8
  %10 = load i64, ptr %5, align 8
  %11 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %9, i64 %10)
  %12 = extractvalue { i64, i1 } %11, 1
  %13 = extractvalue { i64, i1 } %11, 0
  store i64 %13, ptr %7, align 8
  %14 = zext i1 %12 to i32
  store i32 %14, ptr %8, align 4
  %15 = load i64, ptr %7, align 8
  %16 = load i64, ptr %4, align 8
  %17 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %15, i64 %16)
  %18 = extractvalue { i64, i1 } %17, 1
  %19 = extractvalue { i64, i1 } %17, 0
  store i64 %19, ptr %7, align 8
  %20 = zext i1 %18 to i32
  %21 = load i32, ptr %8, align 4
  %22 = or i32 %21, %20
  store i32 %22, ptr %8, align 4
  %23 = load i64, ptr %7, align 8
  %24 = load ptr, ptr %6, align 8
  store i64 %23, ptr %24, align 8
  %25 = load i32, ptr %8, align 4
  ret i32 %25
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.sadd.with.overflow.i64(i64, i64) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
