; ModuleID = 'outline.c'
source_filename = "outline.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

; Function Attrs: nounwind uwtable
define dso_local void @step0(ptr noundef %0) local_unnamed_addr #0 {
  %2 = load i64, ptr %0, align 8, !tbaa !10
  %3 = mul nsw i64 %2, 3
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %5 = load i64, ptr %4, align 8, !tbaa !15
  %6 = add nsw i64 %3, %5
  store i64 %6, ptr %0, align 8, !tbaa !10
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %8 = load i64, ptr %7, align 8, !tbaa !16
  %9 = shl i64 %8, 2
  %10 = xor i64 %9, %5
  store i64 %10, ptr %4, align 8, !tbaa !15
  %11 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %12 = load i64, ptr %11, align 8, !tbaa !17
  %13 = mul nsw i64 %12, 5
  %14 = add nsw i64 %13, %8
  store i64 %14, ptr %7, align 8, !tbaa !16
  %15 = sub nsw i64 %12, %6
  store i64 %15, ptr %11, align 8, !tbaa !17
  tail call void @note(ptr noundef nonnull %0, i64 noundef %6) #3
  %16 = load i64, ptr %4, align 8, !tbaa !15
  tail call void @note(ptr noundef nonnull %0, i64 noundef %16) #3
  %17 = load <4 x i64>, ptr %0, align 8, !tbaa !18
  %18 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %17)
  %19 = getelementptr inbounds nuw i8, ptr %0, i64 32
  %20 = load ptr, ptr %19, align 8, !tbaa !19
  %21 = getelementptr inbounds nuw i8, ptr %0, i64 40
  %22 = load i32, ptr %21, align 8, !tbaa !20
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %21, align 8, !tbaa !20
  %24 = and i32 %22, 63
  %25 = zext nneg i32 %24 to i64
  %26 = getelementptr inbounds nuw i64, ptr %20, i64 %25
  store i64 %18, ptr %26, align 8, !tbaa !18
  ret void
}

declare void @note(ptr noundef, i64 noundef) local_unnamed_addr #1

; Function Attrs: nounwind uwtable
define dso_local void @step1(ptr noundef %0) local_unnamed_addr #0 {
  %2 = load i64, ptr %0, align 8, !tbaa !10
  %3 = mul nsw i64 %2, 3
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %5 = load i64, ptr %4, align 8, !tbaa !15
  %6 = add nsw i64 %3, %5
  store i64 %6, ptr %0, align 8, !tbaa !10
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %8 = load i64, ptr %7, align 8, !tbaa !16
  %9 = shl i64 %8, 2
  %10 = xor i64 %9, %5
  store i64 %10, ptr %4, align 8, !tbaa !15
  %11 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %12 = load i64, ptr %11, align 8, !tbaa !17
  %13 = mul nsw i64 %12, 5
  %14 = add nsw i64 %13, %8
  store i64 %14, ptr %7, align 8, !tbaa !16
  %15 = sub nsw i64 %12, %6
  store i64 %15, ptr %11, align 8, !tbaa !17
  %16 = add nsw i64 %6, 1
  tail call void @note(ptr noundef nonnull %0, i64 noundef %16) #3
  %17 = load i64, ptr %4, align 8, !tbaa !15
  %18 = add nsw i64 %17, -1
  tail call void @note(ptr noundef nonnull %0, i64 noundef %18) #3
  %19 = load <4 x i64>, ptr %0, align 8, !tbaa !18
  %20 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %19)
  %21 = getelementptr inbounds nuw i8, ptr %0, i64 32
  %22 = load ptr, ptr %21, align 8, !tbaa !19
  %23 = getelementptr inbounds nuw i8, ptr %0, i64 40
  %24 = load i32, ptr %23, align 8, !tbaa !20
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %23, align 8, !tbaa !20
  %26 = and i32 %24, 63
  %27 = zext nneg i32 %26 to i64
  %28 = getelementptr inbounds nuw i64, ptr %22, i64 %27
  store i64 %20, ptr %28, align 8, !tbaa !18
  %29 = load i64, ptr %0, align 8, !tbaa !10
  %30 = mul nsw i64 %29, 3
  %31 = load i64, ptr %4, align 8, !tbaa !15
  %32 = add nsw i64 %30, %31
  store i64 %32, ptr %0, align 8, !tbaa !10
  %33 = load i64, ptr %7, align 8, !tbaa !16
  %34 = shl i64 %33, 2
  %35 = xor i64 %34, %31
  store i64 %35, ptr %4, align 8, !tbaa !15
  %36 = load i64, ptr %11, align 8, !tbaa !17
  %37 = mul nsw i64 %36, 5
  %38 = add nsw i64 %37, %33
  store i64 %38, ptr %7, align 8, !tbaa !16
  %39 = sub nsw i64 %36, %32
  store i64 %39, ptr %11, align 8, !tbaa !17
  %40 = add nsw i64 %32, 11
  tail call void @note(ptr noundef nonnull %0, i64 noundef %40) #3
  %41 = load i64, ptr %4, align 8, !tbaa !15
  %42 = add nsw i64 %41, -11
  tail call void @note(ptr noundef nonnull %0, i64 noundef %42) #3
  %43 = load <4 x i64>, ptr %0, align 8, !tbaa !18
  %44 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %43)
  %45 = load ptr, ptr %21, align 8, !tbaa !19
  %46 = load i32, ptr %23, align 8, !tbaa !20
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %23, align 8, !tbaa !20
  %48 = and i32 %46, 63
  %49 = zext nneg i32 %48 to i64
  %50 = getelementptr inbounds nuw i64, ptr %45, i64 %49
  store i64 %44, ptr %50, align 8, !tbaa !18
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local void @step2(ptr noundef %0) local_unnamed_addr #0 {
  %2 = load i64, ptr %0, align 8, !tbaa !10
  %3 = mul nsw i64 %2, 3
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %5 = load i64, ptr %4, align 8, !tbaa !15
  %6 = add nsw i64 %3, %5
  store i64 %6, ptr %0, align 8, !tbaa !10
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %8 = load i64, ptr %7, align 8, !tbaa !16
  %9 = shl i64 %8, 2
  %10 = xor i64 %9, %5
  store i64 %10, ptr %4, align 8, !tbaa !15
  %11 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %12 = load i64, ptr %11, align 8, !tbaa !17
  %13 = mul nsw i64 %12, 5
  %14 = add nsw i64 %13, %8
  store i64 %14, ptr %7, align 8, !tbaa !16
  %15 = sub nsw i64 %12, %6
  store i64 %15, ptr %11, align 8, !tbaa !17
  %16 = add nsw i64 %6, 2
  tail call void @note(ptr noundef nonnull %0, i64 noundef %16) #3
  %17 = load i64, ptr %4, align 8, !tbaa !15
  %18 = add nsw i64 %17, -2
  tail call void @note(ptr noundef nonnull %0, i64 noundef %18) #3
  %19 = load <4 x i64>, ptr %0, align 8, !tbaa !18
  %20 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %19)
  %21 = getelementptr inbounds nuw i8, ptr %0, i64 32
  %22 = load ptr, ptr %21, align 8, !tbaa !19
  %23 = getelementptr inbounds nuw i8, ptr %0, i64 40
  %24 = load i32, ptr %23, align 8, !tbaa !20
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %23, align 8, !tbaa !20
  %26 = and i32 %24, 63
  %27 = zext nneg i32 %26 to i64
  %28 = getelementptr inbounds nuw i64, ptr %22, i64 %27
  store i64 %20, ptr %28, align 8, !tbaa !18
  %29 = load i64, ptr %0, align 8, !tbaa !10
  %30 = mul nsw i64 %29, 3
  %31 = load i64, ptr %4, align 8, !tbaa !15
  %32 = add nsw i64 %30, %31
  store i64 %32, ptr %0, align 8, !tbaa !10
  %33 = load i64, ptr %7, align 8, !tbaa !16
  %34 = shl i64 %33, 2
  %35 = xor i64 %34, %31
  store i64 %35, ptr %4, align 8, !tbaa !15
  %36 = load i64, ptr %11, align 8, !tbaa !17
  %37 = mul nsw i64 %36, 5
  %38 = add nsw i64 %37, %33
  store i64 %38, ptr %7, align 8, !tbaa !16
  %39 = sub nsw i64 %36, %32
  store i64 %39, ptr %11, align 8, !tbaa !17
  %40 = add nsw i64 %32, 12
  tail call void @note(ptr noundef nonnull %0, i64 noundef %40) #3
  %41 = load i64, ptr %4, align 8, !tbaa !15
  %42 = add nsw i64 %41, -12
  tail call void @note(ptr noundef nonnull %0, i64 noundef %42) #3
  %43 = load <4 x i64>, ptr %0, align 8, !tbaa !18
  %44 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %43)
  %45 = load ptr, ptr %21, align 8, !tbaa !19
  %46 = load i32, ptr %23, align 8, !tbaa !20
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %23, align 8, !tbaa !20
  %48 = and i32 %46, 63
  %49 = zext nneg i32 %48 to i64
  %50 = getelementptr inbounds nuw i64, ptr %45, i64 %49
  store i64 %44, ptr %50, align 8, !tbaa !18
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local void @step3(ptr noundef %0) local_unnamed_addr #0 {
  %2 = load i64, ptr %0, align 8, !tbaa !10
  %3 = mul nsw i64 %2, 3
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %5 = load i64, ptr %4, align 8, !tbaa !15
  %6 = add nsw i64 %3, %5
  store i64 %6, ptr %0, align 8, !tbaa !10
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %8 = load i64, ptr %7, align 8, !tbaa !16
  %9 = shl i64 %8, 2
  %10 = xor i64 %9, %5
  store i64 %10, ptr %4, align 8, !tbaa !15
  %11 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %12 = load i64, ptr %11, align 8, !tbaa !17
  %13 = mul nsw i64 %12, 5
  %14 = add nsw i64 %13, %8
  store i64 %14, ptr %7, align 8, !tbaa !16
  %15 = sub nsw i64 %12, %6
  store i64 %15, ptr %11, align 8, !tbaa !17
  %16 = add nsw i64 %6, 3
  tail call void @note(ptr noundef nonnull %0, i64 noundef %16) #3
  %17 = load i64, ptr %4, align 8, !tbaa !15
  %18 = add nsw i64 %17, -3
  tail call void @note(ptr noundef nonnull %0, i64 noundef %18) #3
  %19 = load <4 x i64>, ptr %0, align 8, !tbaa !18
  %20 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %19)
  %21 = getelementptr inbounds nuw i8, ptr %0, i64 32
  %22 = load ptr, ptr %21, align 8, !tbaa !19
  %23 = getelementptr inbounds nuw i8, ptr %0, i64 40
  %24 = load i32, ptr %23, align 8, !tbaa !20
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %23, align 8, !tbaa !20
  %26 = and i32 %24, 63
  %27 = zext nneg i32 %26 to i64
  %28 = getelementptr inbounds nuw i64, ptr %22, i64 %27
  store i64 %20, ptr %28, align 8, !tbaa !18
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local void @step4(ptr noundef %0) local_unnamed_addr #0 {
  %2 = load i64, ptr %0, align 8, !tbaa !10
  %3 = mul nsw i64 %2, 3
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %5 = load i64, ptr %4, align 8, !tbaa !15
  %6 = add nsw i64 %3, %5
  store i64 %6, ptr %0, align 8, !tbaa !10
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %8 = load i64, ptr %7, align 8, !tbaa !16
  %9 = shl i64 %8, 2
  %10 = xor i64 %9, %5
  store i64 %10, ptr %4, align 8, !tbaa !15
  %11 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %12 = load i64, ptr %11, align 8, !tbaa !17
  %13 = mul nsw i64 %12, 5
  %14 = add nsw i64 %13, %8
  store i64 %14, ptr %7, align 8, !tbaa !16
  %15 = sub nsw i64 %12, %6
  store i64 %15, ptr %11, align 8, !tbaa !17
  %16 = add nsw i64 %6, 4
  tail call void @note(ptr noundef nonnull %0, i64 noundef %16) #3
  %17 = load i64, ptr %4, align 8, !tbaa !15
  %18 = add nsw i64 %17, -4
  tail call void @note(ptr noundef nonnull %0, i64 noundef %18) #3
  %19 = load <4 x i64>, ptr %0, align 8, !tbaa !18
  %20 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %19)
  %21 = getelementptr inbounds nuw i8, ptr %0, i64 32
  %22 = load ptr, ptr %21, align 8, !tbaa !19
  %23 = getelementptr inbounds nuw i8, ptr %0, i64 40
  %24 = load i32, ptr %23, align 8, !tbaa !20
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %23, align 8, !tbaa !20
  %26 = and i32 %24, 63
  %27 = zext nneg i32 %26 to i64
  %28 = getelementptr inbounds nuw i64, ptr %22, i64 %27
  store i64 %20, ptr %28, align 8, !tbaa !18
  %29 = load i64, ptr %0, align 8, !tbaa !10
  %30 = mul nsw i64 %29, 3
  %31 = load i64, ptr %4, align 8, !tbaa !15
  %32 = add nsw i64 %30, %31
  store i64 %32, ptr %0, align 8, !tbaa !10
  %33 = load i64, ptr %7, align 8, !tbaa !16
  %34 = shl i64 %33, 2
  %35 = xor i64 %34, %31
  store i64 %35, ptr %4, align 8, !tbaa !15
  %36 = load i64, ptr %11, align 8, !tbaa !17
  %37 = mul nsw i64 %36, 5
  %38 = add nsw i64 %37, %33
  store i64 %38, ptr %7, align 8, !tbaa !16
  %39 = sub nsw i64 %36, %32
  store i64 %39, ptr %11, align 8, !tbaa !17
  %40 = add nsw i64 %32, 14
  tail call void @note(ptr noundef nonnull %0, i64 noundef %40) #3
  %41 = load i64, ptr %4, align 8, !tbaa !15
  %42 = add nsw i64 %41, -14
  tail call void @note(ptr noundef nonnull %0, i64 noundef %42) #3
  %43 = load <4 x i64>, ptr %0, align 8, !tbaa !18
  %44 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %43)
  %45 = load ptr, ptr %21, align 8, !tbaa !19
  %46 = load i32, ptr %23, align 8, !tbaa !20
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %23, align 8, !tbaa !20
  %48 = and i32 %46, 63
  %49 = zext nneg i32 %48 to i64
  %50 = getelementptr inbounds nuw i64, ptr %45, i64 %49
  store i64 %44, ptr %50, align 8, !tbaa !18
  %51 = load i64, ptr %0, align 8, !tbaa !10
  %52 = mul nsw i64 %51, 3
  %53 = load i64, ptr %4, align 8, !tbaa !15
  %54 = add nsw i64 %52, %53
  store i64 %54, ptr %0, align 8, !tbaa !10
  %55 = load i64, ptr %7, align 8, !tbaa !16
  %56 = shl i64 %55, 2
  %57 = xor i64 %56, %53
  store i64 %57, ptr %4, align 8, !tbaa !15
  %58 = load i64, ptr %11, align 8, !tbaa !17
  %59 = mul nsw i64 %58, 5
  %60 = add nsw i64 %59, %55
  store i64 %60, ptr %7, align 8, !tbaa !16
  %61 = sub nsw i64 %58, %54
  store i64 %61, ptr %11, align 8, !tbaa !17
  %62 = add nsw i64 %54, 24
  tail call void @note(ptr noundef nonnull %0, i64 noundef %62) #3
  %63 = load i64, ptr %4, align 8, !tbaa !15
  %64 = add nsw i64 %63, -24
  tail call void @note(ptr noundef nonnull %0, i64 noundef %64) #3
  %65 = load <4 x i64>, ptr %0, align 8, !tbaa !18
  %66 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %65)
  %67 = load ptr, ptr %21, align 8, !tbaa !19
  %68 = load i32, ptr %23, align 8, !tbaa !20
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %23, align 8, !tbaa !20
  %70 = and i32 %68, 63
  %71 = zext nneg i32 %70 to i64
  %72 = getelementptr inbounds nuw i64, ptr %67, i64 %71
  store i64 %66, ptr %72, align 8, !tbaa !18
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local void @step5(ptr noundef %0) local_unnamed_addr #0 {
  %2 = load i64, ptr %0, align 8, !tbaa !10
  %3 = mul nsw i64 %2, 3
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %5 = load i64, ptr %4, align 8, !tbaa !15
  %6 = add nsw i64 %3, %5
  store i64 %6, ptr %0, align 8, !tbaa !10
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %8 = load i64, ptr %7, align 8, !tbaa !16
  %9 = shl i64 %8, 2
  %10 = xor i64 %9, %5
  store i64 %10, ptr %4, align 8, !tbaa !15
  %11 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %12 = load i64, ptr %11, align 8, !tbaa !17
  %13 = mul nsw i64 %12, 5
  %14 = add nsw i64 %13, %8
  store i64 %14, ptr %7, align 8, !tbaa !16
  %15 = sub nsw i64 %12, %6
  store i64 %15, ptr %11, align 8, !tbaa !17
  %16 = add nsw i64 %6, 5
  tail call void @note(ptr noundef nonnull %0, i64 noundef %16) #3
  %17 = load i64, ptr %4, align 8, !tbaa !15
  %18 = add nsw i64 %17, -5
  tail call void @note(ptr noundef nonnull %0, i64 noundef %18) #3
  %19 = load <4 x i64>, ptr %0, align 8, !tbaa !18
  %20 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %19)
  %21 = getelementptr inbounds nuw i8, ptr %0, i64 32
  %22 = load ptr, ptr %21, align 8, !tbaa !19
  %23 = getelementptr inbounds nuw i8, ptr %0, i64 40
  %24 = load i32, ptr %23, align 8, !tbaa !20
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %23, align 8, !tbaa !20
  %26 = and i32 %24, 63
  %27 = zext nneg i32 %26 to i64
  %28 = getelementptr inbounds nuw i64, ptr %22, i64 %27
  store i64 %20, ptr %28, align 8, !tbaa !18
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local i64 @step6(ptr noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = load i64, ptr %0, align 8, !tbaa !10
  %4 = add nsw i64 %3, %1
  %5 = mul nsw i64 %4, 3
  %6 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %7 = load i64, ptr %6, align 8, !tbaa !15
  %8 = add nsw i64 %5, %7
  store i64 %8, ptr %0, align 8, !tbaa !10
  %9 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %10 = load i64, ptr %9, align 8, !tbaa !16
  %11 = shl i64 %10, 2
  %12 = xor i64 %11, %7
  store i64 %12, ptr %6, align 8, !tbaa !15
  %13 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %14 = load i64, ptr %13, align 8, !tbaa !17
  %15 = mul nsw i64 %14, 5
  %16 = add nsw i64 %15, %10
  store i64 %16, ptr %9, align 8, !tbaa !16
  %17 = sub nsw i64 %14, %8
  store i64 %17, ptr %13, align 8, !tbaa !17
  %18 = add nsw i64 %8, 6
  tail call void @note(ptr noundef nonnull %0, i64 noundef %18) #3
  %19 = load i64, ptr %6, align 8, !tbaa !15
  %20 = add nsw i64 %19, -6
  tail call void @note(ptr noundef nonnull %0, i64 noundef %20) #3
  %21 = load <4 x i64>, ptr %0, align 8, !tbaa !18
  %22 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %21)
  %23 = getelementptr inbounds nuw i8, ptr %0, i64 32
  %24 = load ptr, ptr %23, align 8, !tbaa !19
  %25 = getelementptr inbounds nuw i8, ptr %0, i64 40
  %26 = load i32, ptr %25, align 8, !tbaa !20
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %25, align 8, !tbaa !20
  %28 = and i32 %26, 63
  %29 = zext nneg i32 %28 to i64
  %30 = getelementptr inbounds nuw i64, ptr %24, i64 %29
  store i64 %22, ptr %30, align 8, !tbaa !18
  %31 = load i64, ptr %0, align 8, !tbaa !10
  ret i64 %31
}

; Function Attrs: nounwind uwtable
define dso_local i64 @step7(ptr noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %4 = load i64, ptr %3, align 8, !tbaa !15
  %5 = add nsw i64 %4, %1
  %6 = load i64, ptr %0, align 8, !tbaa !10
  %7 = mul nsw i64 %6, 3
  %8 = add nsw i64 %7, %5
  store i64 %8, ptr %0, align 8, !tbaa !10
  %9 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %10 = load i64, ptr %9, align 8, !tbaa !16
  %11 = shl i64 %10, 2
  %12 = xor i64 %11, %5
  store i64 %12, ptr %3, align 8, !tbaa !15
  %13 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %14 = load i64, ptr %13, align 8, !tbaa !17
  %15 = mul nsw i64 %14, 5
  %16 = add nsw i64 %15, %10
  store i64 %16, ptr %9, align 8, !tbaa !16
  %17 = sub nsw i64 %14, %8
  store i64 %17, ptr %13, align 8, !tbaa !17
  %18 = add nsw i64 %8, 7
  tail call void @note(ptr noundef nonnull %0, i64 noundef %18) #3
  %19 = load i64, ptr %3, align 8, !tbaa !15
  %20 = add nsw i64 %19, -7
  tail call void @note(ptr noundef nonnull %0, i64 noundef %20) #3
  %21 = load <4 x i64>, ptr %0, align 8, !tbaa !18
  %22 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %21)
  %23 = getelementptr inbounds nuw i8, ptr %0, i64 32
  %24 = load ptr, ptr %23, align 8, !tbaa !19
  %25 = getelementptr inbounds nuw i8, ptr %0, i64 40
  %26 = load i32, ptr %25, align 8, !tbaa !20
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %25, align 8, !tbaa !20
  %28 = and i32 %26, 63
  %29 = zext nneg i32 %28 to i64
  %30 = getelementptr inbounds nuw i64, ptr %24, i64 %29
  store i64 %22, ptr %30, align 8, !tbaa !18
  %31 = load i64, ptr %3, align 8, !tbaa !15
  ret i64 %31
}

; Function Attrs: nounwind uwtable
define dso_local i64 @run_steps(ptr noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %12

4:                                                ; preds = %2
  %5 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %6 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %8 = getelementptr inbounds nuw i8, ptr %0, i64 32
  %9 = getelementptr inbounds nuw i8, ptr %0, i64 40
  %10 = zext nneg i32 %1 to i64
  %11 = load i64, ptr %5, align 8, !tbaa !15
  br label %14

12:                                               ; preds = %14, %2
  %13 = phi i64 [ 0, %2 ], [ %129, %14 ]
  ret i64 %13

14:                                               ; preds = %4, %14
  %15 = phi i64 [ %11, %4 ], [ %127, %14 ]
  %16 = phi i64 [ 0, %4 ], [ %130, %14 ]
  %17 = phi i64 [ 0, %4 ], [ %129, %14 ]
  %18 = load i64, ptr %0, align 8, !tbaa !10
  %19 = mul nsw i64 %18, 3
  %20 = add nsw i64 %19, %15
  store i64 %20, ptr %0, align 8, !tbaa !10
  %21 = load i64, ptr %6, align 8, !tbaa !16
  %22 = shl i64 %21, 2
  %23 = xor i64 %22, %15
  store i64 %23, ptr %5, align 8, !tbaa !15
  %24 = load i64, ptr %7, align 8, !tbaa !17
  %25 = mul nsw i64 %24, 5
  %26 = add nsw i64 %25, %21
  store i64 %26, ptr %6, align 8, !tbaa !16
  %27 = sub nsw i64 %24, %20
  store i64 %27, ptr %7, align 8, !tbaa !17
  tail call void @note(ptr noundef nonnull %0, i64 noundef %20) #3
  %28 = load i64, ptr %5, align 8, !tbaa !15
  tail call void @note(ptr noundef nonnull %0, i64 noundef %28) #3
  %29 = load <4 x i64>, ptr %0, align 8, !tbaa !18
  %30 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %29)
  %31 = load ptr, ptr %8, align 8, !tbaa !19
  %32 = load i32, ptr %9, align 8, !tbaa !20
  %33 = add nsw i32 %32, 1
  store i32 %33, ptr %9, align 8, !tbaa !20
  %34 = and i32 %32, 63
  %35 = zext nneg i32 %34 to i64
  %36 = getelementptr inbounds nuw i64, ptr %31, i64 %35
  store i64 %30, ptr %36, align 8, !tbaa !18
  tail call void @step1(ptr noundef nonnull %0)
  tail call void @step2(ptr noundef nonnull %0)
  %37 = load i64, ptr %0, align 8, !tbaa !10
  %38 = mul nsw i64 %37, 3
  %39 = load i64, ptr %5, align 8, !tbaa !15
  %40 = add nsw i64 %38, %39
  store i64 %40, ptr %0, align 8, !tbaa !10
  %41 = load i64, ptr %6, align 8, !tbaa !16
  %42 = shl i64 %41, 2
  %43 = xor i64 %42, %39
  store i64 %43, ptr %5, align 8, !tbaa !15
  %44 = load i64, ptr %7, align 8, !tbaa !17
  %45 = mul nsw i64 %44, 5
  %46 = add nsw i64 %45, %41
  store i64 %46, ptr %6, align 8, !tbaa !16
  %47 = sub nsw i64 %44, %40
  store i64 %47, ptr %7, align 8, !tbaa !17
  %48 = add nsw i64 %40, 3
  tail call void @note(ptr noundef nonnull %0, i64 noundef %48) #3
  %49 = load i64, ptr %5, align 8, !tbaa !15
  %50 = add nsw i64 %49, -3
  tail call void @note(ptr noundef nonnull %0, i64 noundef %50) #3
  %51 = load <4 x i64>, ptr %0, align 8, !tbaa !18
  %52 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %51)
  %53 = load ptr, ptr %8, align 8, !tbaa !19
  %54 = load i32, ptr %9, align 8, !tbaa !20
  %55 = add nsw i32 %54, 1
  store i32 %55, ptr %9, align 8, !tbaa !20
  %56 = and i32 %54, 63
  %57 = zext nneg i32 %56 to i64
  %58 = getelementptr inbounds nuw i64, ptr %53, i64 %57
  store i64 %52, ptr %58, align 8, !tbaa !18
  tail call void @step4(ptr noundef nonnull %0)
  %59 = load i64, ptr %0, align 8, !tbaa !10
  %60 = mul nsw i64 %59, 3
  %61 = load i64, ptr %5, align 8, !tbaa !15
  %62 = add nsw i64 %60, %61
  store i64 %62, ptr %0, align 8, !tbaa !10
  %63 = load i64, ptr %6, align 8, !tbaa !16
  %64 = shl i64 %63, 2
  %65 = xor i64 %64, %61
  store i64 %65, ptr %5, align 8, !tbaa !15
  %66 = load i64, ptr %7, align 8, !tbaa !17
  %67 = mul nsw i64 %66, 5
  %68 = add nsw i64 %67, %63
  store i64 %68, ptr %6, align 8, !tbaa !16
  %69 = sub nsw i64 %66, %62
  store i64 %69, ptr %7, align 8, !tbaa !17
  %70 = add nsw i64 %62, 5
  tail call void @note(ptr noundef nonnull %0, i64 noundef %70) #3
  %71 = load i64, ptr %5, align 8, !tbaa !15
  %72 = add nsw i64 %71, -5
  tail call void @note(ptr noundef nonnull %0, i64 noundef %72) #3
  %73 = load <4 x i64>, ptr %0, align 8, !tbaa !18
  %74 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %73)
  %75 = load ptr, ptr %8, align 8, !tbaa !19
  %76 = load i32, ptr %9, align 8, !tbaa !20
  %77 = add nsw i32 %76, 1
  store i32 %77, ptr %9, align 8, !tbaa !20
  %78 = and i32 %76, 63
  %79 = zext nneg i32 %78 to i64
  %80 = getelementptr inbounds nuw i64, ptr %75, i64 %79
  store i64 %74, ptr %80, align 8, !tbaa !18
  %81 = load i64, ptr %0, align 8, !tbaa !10
  %82 = add nsw i64 %81, %16
  %83 = mul nsw i64 %82, 3
  %84 = load i64, ptr %5, align 8, !tbaa !15
  %85 = add nsw i64 %83, %84
  store i64 %85, ptr %0, align 8, !tbaa !10
  %86 = load i64, ptr %6, align 8, !tbaa !16
  %87 = shl i64 %86, 2
  %88 = xor i64 %87, %84
  store i64 %88, ptr %5, align 8, !tbaa !15
  %89 = load i64, ptr %7, align 8, !tbaa !17
  %90 = mul nsw i64 %89, 5
  %91 = add nsw i64 %90, %86
  store i64 %91, ptr %6, align 8, !tbaa !16
  %92 = sub nsw i64 %89, %85
  store i64 %92, ptr %7, align 8, !tbaa !17
  %93 = add nsw i64 %85, 6
  tail call void @note(ptr noundef nonnull %0, i64 noundef %93) #3
  %94 = load i64, ptr %5, align 8, !tbaa !15
  %95 = add nsw i64 %94, -6
  tail call void @note(ptr noundef nonnull %0, i64 noundef %95) #3
  %96 = load <4 x i64>, ptr %0, align 8, !tbaa !18
  %97 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %96)
  %98 = load ptr, ptr %8, align 8, !tbaa !19
  %99 = load i32, ptr %9, align 8, !tbaa !20
  %100 = add nsw i32 %99, 1
  store i32 %100, ptr %9, align 8, !tbaa !20
  %101 = and i32 %99, 63
  %102 = zext nneg i32 %101 to i64
  %103 = getelementptr inbounds nuw i64, ptr %98, i64 %102
  store i64 %97, ptr %103, align 8, !tbaa !18
  %104 = load i64, ptr %0, align 8, !tbaa !10
  %105 = load i64, ptr %5, align 8, !tbaa !15
  %106 = add nsw i64 %105, %17
  %107 = mul nsw i64 %104, 3
  %108 = add nsw i64 %106, %107
  store i64 %108, ptr %0, align 8, !tbaa !10
  %109 = load i64, ptr %6, align 8, !tbaa !16
  %110 = shl i64 %109, 2
  %111 = xor i64 %110, %106
  store i64 %111, ptr %5, align 8, !tbaa !15
  %112 = load i64, ptr %7, align 8, !tbaa !17
  %113 = mul nsw i64 %112, 5
  %114 = add nsw i64 %113, %109
  store i64 %114, ptr %6, align 8, !tbaa !16
  %115 = sub nsw i64 %112, %108
  store i64 %115, ptr %7, align 8, !tbaa !17
  %116 = add nsw i64 %108, 7
  tail call void @note(ptr noundef nonnull %0, i64 noundef %116) #3
  %117 = load i64, ptr %5, align 8, !tbaa !15
  %118 = add nsw i64 %117, -7
  tail call void @note(ptr noundef nonnull %0, i64 noundef %118) #3
  %119 = load <4 x i64>, ptr %0, align 8, !tbaa !18
  %120 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %119)
  %121 = load ptr, ptr %8, align 8, !tbaa !19
  %122 = load i32, ptr %9, align 8, !tbaa !20
  %123 = add nsw i32 %122, 1
  store i32 %123, ptr %9, align 8, !tbaa !20
  %124 = and i32 %122, 63
  %125 = zext nneg i32 %124 to i64
  %126 = getelementptr inbounds nuw i64, ptr %121, i64 %125
  store i64 %120, ptr %126, align 8, !tbaa !18
  %127 = load i64, ptr %5, align 8, !tbaa !15
  %128 = add i64 %104, %17
  %129 = add i64 %128, %127
  %130 = add nuw nsw i64 %16, 1
  %131 = icmp eq i64 %130, %10
  br i1 %131, label %12, label %14, !llvm.loop !21
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.xor.v4i64(<4 x i64>) #2

attributes #0 = { nounwind uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}
!llvm.errno.tbaa = !{!6}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 4}
!5 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!11, !12, i64 0}
!11 = !{!"ctx", !12, i64 0, !12, i64 8, !12, i64 16, !12, i64 24, !13, i64 32, !7, i64 40}
!12 = !{!"long", !8, i64 0}
!13 = !{!"p1 long", !14, i64 0}
!14 = !{!"any pointer", !8, i64 0}
!15 = !{!11, !12, i64 8}
!16 = !{!11, !12, i64 16}
!17 = !{!11, !12, i64 24}
!18 = !{!12, !12, i64 0}
!19 = !{!11, !13, i64 32}
!20 = !{!11, !7, i64 40}
!21 = distinct !{!21, !22}
!22 = !{!"llvm.loop.mustprogress"}
