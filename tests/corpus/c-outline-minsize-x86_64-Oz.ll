; ModuleID = 'outline.c'
source_filename = "outline.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @step0(ptr noundef %0) local_unnamed_addr #0 {
  %2 = load i64, ptr %0, align 8, !tbaa !9
  %3 = mul nsw i64 %2, 3
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %5 = load i64, ptr %4, align 8, !tbaa !14
  %6 = add nsw i64 %3, %5
  store i64 %6, ptr %0, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %8 = load i64, ptr %7, align 8, !tbaa !15
  %9 = shl i64 %8, 2
  %10 = xor i64 %9, %5
  store i64 %10, ptr %4, align 8, !tbaa !14
  %11 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %12 = load i64, ptr %11, align 8, !tbaa !16
  %13 = mul nsw i64 %12, 5
  %14 = add nsw i64 %13, %8
  store i64 %14, ptr %7, align 8, !tbaa !15
  %15 = sub nsw i64 %12, %6
  store i64 %15, ptr %11, align 8, !tbaa !16
  tail call void @note(ptr noundef nonnull %0, i64 noundef %6) #4
  %16 = load i64, ptr %4, align 8, !tbaa !14
  tail call void @note(ptr noundef nonnull %0, i64 noundef %16) #4
  %17 = load <4 x i64>, ptr %0, align 8, !tbaa !17
  %18 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %17)
  %19 = getelementptr inbounds nuw i8, ptr %0, i64 32
  %20 = load ptr, ptr %19, align 8, !tbaa !18
  %21 = getelementptr inbounds nuw i8, ptr %0, i64 40
  %22 = load i32, ptr %21, align 8, !tbaa !19
  %23 = add nsw i32 %22, 1
  store i32 %23, ptr %21, align 8, !tbaa !19
  %24 = and i32 %22, 63
  %25 = zext nneg i32 %24 to i64
  %26 = getelementptr inbounds nuw i64, ptr %20, i64 %25
  store i64 %18, ptr %26, align 8, !tbaa !17
  ret void
}

; Function Attrs: minsize optsize
declare void @note(ptr noundef, i64 noundef) local_unnamed_addr #1

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @step1(ptr noundef %0) local_unnamed_addr #0 {
  %2 = load i64, ptr %0, align 8, !tbaa !9
  %3 = mul nsw i64 %2, 3
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %5 = load i64, ptr %4, align 8, !tbaa !14
  %6 = add nsw i64 %3, %5
  store i64 %6, ptr %0, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %8 = load i64, ptr %7, align 8, !tbaa !15
  %9 = shl i64 %8, 2
  %10 = xor i64 %9, %5
  store i64 %10, ptr %4, align 8, !tbaa !14
  %11 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %12 = load i64, ptr %11, align 8, !tbaa !16
  %13 = mul nsw i64 %12, 5
  %14 = add nsw i64 %13, %8
  store i64 %14, ptr %7, align 8, !tbaa !15
  %15 = sub nsw i64 %12, %6
  store i64 %15, ptr %11, align 8, !tbaa !16
  %16 = add nsw i64 %6, 1
  tail call void @note(ptr noundef nonnull %0, i64 noundef %16) #4
  %17 = load i64, ptr %4, align 8, !tbaa !14
  %18 = add nsw i64 %17, -1
  tail call void @note(ptr noundef nonnull %0, i64 noundef %18) #4
  %19 = load <4 x i64>, ptr %0, align 8, !tbaa !17
  %20 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %19)
  %21 = getelementptr inbounds nuw i8, ptr %0, i64 32
  %22 = load ptr, ptr %21, align 8, !tbaa !18
  %23 = getelementptr inbounds nuw i8, ptr %0, i64 40
  %24 = load i32, ptr %23, align 8, !tbaa !19
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %23, align 8, !tbaa !19
  %26 = and i32 %24, 63
  %27 = zext nneg i32 %26 to i64
  %28 = getelementptr inbounds nuw i64, ptr %22, i64 %27
  store i64 %20, ptr %28, align 8, !tbaa !17
  %29 = load i64, ptr %0, align 8, !tbaa !9
  %30 = mul nsw i64 %29, 3
  %31 = load i64, ptr %4, align 8, !tbaa !14
  %32 = add nsw i64 %30, %31
  store i64 %32, ptr %0, align 8, !tbaa !9
  %33 = load i64, ptr %7, align 8, !tbaa !15
  %34 = shl i64 %33, 2
  %35 = xor i64 %34, %31
  store i64 %35, ptr %4, align 8, !tbaa !14
  %36 = load i64, ptr %11, align 8, !tbaa !16
  %37 = mul nsw i64 %36, 5
  %38 = add nsw i64 %37, %33
  store i64 %38, ptr %7, align 8, !tbaa !15
  %39 = sub nsw i64 %36, %32
  store i64 %39, ptr %11, align 8, !tbaa !16
  %40 = add nsw i64 %32, 11
  tail call void @note(ptr noundef nonnull %0, i64 noundef %40) #4
  %41 = load i64, ptr %4, align 8, !tbaa !14
  %42 = add nsw i64 %41, -11
  tail call void @note(ptr noundef nonnull %0, i64 noundef %42) #4
  %43 = load <4 x i64>, ptr %0, align 8, !tbaa !17
  %44 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %43)
  %45 = load ptr, ptr %21, align 8, !tbaa !18
  %46 = load i32, ptr %23, align 8, !tbaa !19
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %23, align 8, !tbaa !19
  %48 = and i32 %46, 63
  %49 = zext nneg i32 %48 to i64
  %50 = getelementptr inbounds nuw i64, ptr %45, i64 %49
  store i64 %44, ptr %50, align 8, !tbaa !17
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @step2(ptr noundef %0) local_unnamed_addr #0 {
  %2 = load i64, ptr %0, align 8, !tbaa !9
  %3 = mul nsw i64 %2, 3
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %5 = load i64, ptr %4, align 8, !tbaa !14
  %6 = add nsw i64 %3, %5
  store i64 %6, ptr %0, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %8 = load i64, ptr %7, align 8, !tbaa !15
  %9 = shl i64 %8, 2
  %10 = xor i64 %9, %5
  store i64 %10, ptr %4, align 8, !tbaa !14
  %11 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %12 = load i64, ptr %11, align 8, !tbaa !16
  %13 = mul nsw i64 %12, 5
  %14 = add nsw i64 %13, %8
  store i64 %14, ptr %7, align 8, !tbaa !15
  %15 = sub nsw i64 %12, %6
  store i64 %15, ptr %11, align 8, !tbaa !16
  %16 = add nsw i64 %6, 2
  tail call void @note(ptr noundef nonnull %0, i64 noundef %16) #4
  %17 = load i64, ptr %4, align 8, !tbaa !14
  %18 = add nsw i64 %17, -2
  tail call void @note(ptr noundef nonnull %0, i64 noundef %18) #4
  %19 = load <4 x i64>, ptr %0, align 8, !tbaa !17
  %20 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %19)
  %21 = getelementptr inbounds nuw i8, ptr %0, i64 32
  %22 = load ptr, ptr %21, align 8, !tbaa !18
  %23 = getelementptr inbounds nuw i8, ptr %0, i64 40
  %24 = load i32, ptr %23, align 8, !tbaa !19
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %23, align 8, !tbaa !19
  %26 = and i32 %24, 63
  %27 = zext nneg i32 %26 to i64
  %28 = getelementptr inbounds nuw i64, ptr %22, i64 %27
  store i64 %20, ptr %28, align 8, !tbaa !17
  %29 = load i64, ptr %0, align 8, !tbaa !9
  %30 = mul nsw i64 %29, 3
  %31 = load i64, ptr %4, align 8, !tbaa !14
  %32 = add nsw i64 %30, %31
  store i64 %32, ptr %0, align 8, !tbaa !9
  %33 = load i64, ptr %7, align 8, !tbaa !15
  %34 = shl i64 %33, 2
  %35 = xor i64 %34, %31
  store i64 %35, ptr %4, align 8, !tbaa !14
  %36 = load i64, ptr %11, align 8, !tbaa !16
  %37 = mul nsw i64 %36, 5
  %38 = add nsw i64 %37, %33
  store i64 %38, ptr %7, align 8, !tbaa !15
  %39 = sub nsw i64 %36, %32
  store i64 %39, ptr %11, align 8, !tbaa !16
  %40 = add nsw i64 %32, 12
  tail call void @note(ptr noundef nonnull %0, i64 noundef %40) #4
  %41 = load i64, ptr %4, align 8, !tbaa !14
  %42 = add nsw i64 %41, -12
  tail call void @note(ptr noundef nonnull %0, i64 noundef %42) #4
  %43 = load <4 x i64>, ptr %0, align 8, !tbaa !17
  %44 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %43)
  %45 = load ptr, ptr %21, align 8, !tbaa !18
  %46 = load i32, ptr %23, align 8, !tbaa !19
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %23, align 8, !tbaa !19
  %48 = and i32 %46, 63
  %49 = zext nneg i32 %48 to i64
  %50 = getelementptr inbounds nuw i64, ptr %45, i64 %49
  store i64 %44, ptr %50, align 8, !tbaa !17
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @step3(ptr noundef %0) local_unnamed_addr #0 {
  %2 = load i64, ptr %0, align 8, !tbaa !9
  %3 = mul nsw i64 %2, 3
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %5 = load i64, ptr %4, align 8, !tbaa !14
  %6 = add nsw i64 %3, %5
  store i64 %6, ptr %0, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %8 = load i64, ptr %7, align 8, !tbaa !15
  %9 = shl i64 %8, 2
  %10 = xor i64 %9, %5
  store i64 %10, ptr %4, align 8, !tbaa !14
  %11 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %12 = load i64, ptr %11, align 8, !tbaa !16
  %13 = mul nsw i64 %12, 5
  %14 = add nsw i64 %13, %8
  store i64 %14, ptr %7, align 8, !tbaa !15
  %15 = sub nsw i64 %12, %6
  store i64 %15, ptr %11, align 8, !tbaa !16
  %16 = add nsw i64 %6, 3
  tail call void @note(ptr noundef nonnull %0, i64 noundef %16) #4
  %17 = load i64, ptr %4, align 8, !tbaa !14
  %18 = add nsw i64 %17, -3
  tail call void @note(ptr noundef nonnull %0, i64 noundef %18) #4
  %19 = load <4 x i64>, ptr %0, align 8, !tbaa !17
  %20 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %19)
  %21 = getelementptr inbounds nuw i8, ptr %0, i64 32
  %22 = load ptr, ptr %21, align 8, !tbaa !18
  %23 = getelementptr inbounds nuw i8, ptr %0, i64 40
  %24 = load i32, ptr %23, align 8, !tbaa !19
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %23, align 8, !tbaa !19
  %26 = and i32 %24, 63
  %27 = zext nneg i32 %26 to i64
  %28 = getelementptr inbounds nuw i64, ptr %22, i64 %27
  store i64 %20, ptr %28, align 8, !tbaa !17
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @step4(ptr noundef %0) local_unnamed_addr #0 {
  %2 = load i64, ptr %0, align 8, !tbaa !9
  %3 = mul nsw i64 %2, 3
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %5 = load i64, ptr %4, align 8, !tbaa !14
  %6 = add nsw i64 %3, %5
  store i64 %6, ptr %0, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %8 = load i64, ptr %7, align 8, !tbaa !15
  %9 = shl i64 %8, 2
  %10 = xor i64 %9, %5
  store i64 %10, ptr %4, align 8, !tbaa !14
  %11 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %12 = load i64, ptr %11, align 8, !tbaa !16
  %13 = mul nsw i64 %12, 5
  %14 = add nsw i64 %13, %8
  store i64 %14, ptr %7, align 8, !tbaa !15
  %15 = sub nsw i64 %12, %6
  store i64 %15, ptr %11, align 8, !tbaa !16
  %16 = add nsw i64 %6, 4
  tail call void @note(ptr noundef nonnull %0, i64 noundef %16) #4
  %17 = load i64, ptr %4, align 8, !tbaa !14
  %18 = add nsw i64 %17, -4
  tail call void @note(ptr noundef nonnull %0, i64 noundef %18) #4
  %19 = load <4 x i64>, ptr %0, align 8, !tbaa !17
  %20 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %19)
  %21 = getelementptr inbounds nuw i8, ptr %0, i64 32
  %22 = load ptr, ptr %21, align 8, !tbaa !18
  %23 = getelementptr inbounds nuw i8, ptr %0, i64 40
  %24 = load i32, ptr %23, align 8, !tbaa !19
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %23, align 8, !tbaa !19
  %26 = and i32 %24, 63
  %27 = zext nneg i32 %26 to i64
  %28 = getelementptr inbounds nuw i64, ptr %22, i64 %27
  store i64 %20, ptr %28, align 8, !tbaa !17
  %29 = load i64, ptr %0, align 8, !tbaa !9
  %30 = mul nsw i64 %29, 3
  %31 = load i64, ptr %4, align 8, !tbaa !14
  %32 = add nsw i64 %30, %31
  store i64 %32, ptr %0, align 8, !tbaa !9
  %33 = load i64, ptr %7, align 8, !tbaa !15
  %34 = shl i64 %33, 2
  %35 = xor i64 %34, %31
  store i64 %35, ptr %4, align 8, !tbaa !14
  %36 = load i64, ptr %11, align 8, !tbaa !16
  %37 = mul nsw i64 %36, 5
  %38 = add nsw i64 %37, %33
  store i64 %38, ptr %7, align 8, !tbaa !15
  %39 = sub nsw i64 %36, %32
  store i64 %39, ptr %11, align 8, !tbaa !16
  %40 = add nsw i64 %32, 14
  tail call void @note(ptr noundef nonnull %0, i64 noundef %40) #4
  %41 = load i64, ptr %4, align 8, !tbaa !14
  %42 = add nsw i64 %41, -14
  tail call void @note(ptr noundef nonnull %0, i64 noundef %42) #4
  %43 = load <4 x i64>, ptr %0, align 8, !tbaa !17
  %44 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %43)
  %45 = load ptr, ptr %21, align 8, !tbaa !18
  %46 = load i32, ptr %23, align 8, !tbaa !19
  %47 = add nsw i32 %46, 1
  store i32 %47, ptr %23, align 8, !tbaa !19
  %48 = and i32 %46, 63
  %49 = zext nneg i32 %48 to i64
  %50 = getelementptr inbounds nuw i64, ptr %45, i64 %49
  store i64 %44, ptr %50, align 8, !tbaa !17
  %51 = load i64, ptr %0, align 8, !tbaa !9
  %52 = mul nsw i64 %51, 3
  %53 = load i64, ptr %4, align 8, !tbaa !14
  %54 = add nsw i64 %52, %53
  store i64 %54, ptr %0, align 8, !tbaa !9
  %55 = load i64, ptr %7, align 8, !tbaa !15
  %56 = shl i64 %55, 2
  %57 = xor i64 %56, %53
  store i64 %57, ptr %4, align 8, !tbaa !14
  %58 = load i64, ptr %11, align 8, !tbaa !16
  %59 = mul nsw i64 %58, 5
  %60 = add nsw i64 %59, %55
  store i64 %60, ptr %7, align 8, !tbaa !15
  %61 = sub nsw i64 %58, %54
  store i64 %61, ptr %11, align 8, !tbaa !16
  %62 = add nsw i64 %54, 24
  tail call void @note(ptr noundef nonnull %0, i64 noundef %62) #4
  %63 = load i64, ptr %4, align 8, !tbaa !14
  %64 = add nsw i64 %63, -24
  tail call void @note(ptr noundef nonnull %0, i64 noundef %64) #4
  %65 = load <4 x i64>, ptr %0, align 8, !tbaa !17
  %66 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %65)
  %67 = load ptr, ptr %21, align 8, !tbaa !18
  %68 = load i32, ptr %23, align 8, !tbaa !19
  %69 = add nsw i32 %68, 1
  store i32 %69, ptr %23, align 8, !tbaa !19
  %70 = and i32 %68, 63
  %71 = zext nneg i32 %70 to i64
  %72 = getelementptr inbounds nuw i64, ptr %67, i64 %71
  store i64 %66, ptr %72, align 8, !tbaa !17
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local void @step5(ptr noundef %0) local_unnamed_addr #0 {
  %2 = load i64, ptr %0, align 8, !tbaa !9
  %3 = mul nsw i64 %2, 3
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %5 = load i64, ptr %4, align 8, !tbaa !14
  %6 = add nsw i64 %3, %5
  store i64 %6, ptr %0, align 8, !tbaa !9
  %7 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %8 = load i64, ptr %7, align 8, !tbaa !15
  %9 = shl i64 %8, 2
  %10 = xor i64 %9, %5
  store i64 %10, ptr %4, align 8, !tbaa !14
  %11 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %12 = load i64, ptr %11, align 8, !tbaa !16
  %13 = mul nsw i64 %12, 5
  %14 = add nsw i64 %13, %8
  store i64 %14, ptr %7, align 8, !tbaa !15
  %15 = sub nsw i64 %12, %6
  store i64 %15, ptr %11, align 8, !tbaa !16
  %16 = add nsw i64 %6, 5
  tail call void @note(ptr noundef nonnull %0, i64 noundef %16) #4
  %17 = load i64, ptr %4, align 8, !tbaa !14
  %18 = add nsw i64 %17, -5
  tail call void @note(ptr noundef nonnull %0, i64 noundef %18) #4
  %19 = load <4 x i64>, ptr %0, align 8, !tbaa !17
  %20 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %19)
  %21 = getelementptr inbounds nuw i8, ptr %0, i64 32
  %22 = load ptr, ptr %21, align 8, !tbaa !18
  %23 = getelementptr inbounds nuw i8, ptr %0, i64 40
  %24 = load i32, ptr %23, align 8, !tbaa !19
  %25 = add nsw i32 %24, 1
  store i32 %25, ptr %23, align 8, !tbaa !19
  %26 = and i32 %24, 63
  %27 = zext nneg i32 %26 to i64
  %28 = getelementptr inbounds nuw i64, ptr %22, i64 %27
  store i64 %20, ptr %28, align 8, !tbaa !17
  ret void
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @step6(ptr noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = load i64, ptr %0, align 8, !tbaa !9
  %4 = add nsw i64 %3, %1
  %5 = mul nsw i64 %4, 3
  %6 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %7 = load i64, ptr %6, align 8, !tbaa !14
  %8 = add nsw i64 %5, %7
  store i64 %8, ptr %0, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %10 = load i64, ptr %9, align 8, !tbaa !15
  %11 = shl i64 %10, 2
  %12 = xor i64 %11, %7
  store i64 %12, ptr %6, align 8, !tbaa !14
  %13 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %14 = load i64, ptr %13, align 8, !tbaa !16
  %15 = mul nsw i64 %14, 5
  %16 = add nsw i64 %15, %10
  store i64 %16, ptr %9, align 8, !tbaa !15
  %17 = sub nsw i64 %14, %8
  store i64 %17, ptr %13, align 8, !tbaa !16
  %18 = add nsw i64 %8, 6
  tail call void @note(ptr noundef nonnull %0, i64 noundef %18) #4
  %19 = load i64, ptr %6, align 8, !tbaa !14
  %20 = add nsw i64 %19, -6
  tail call void @note(ptr noundef nonnull %0, i64 noundef %20) #4
  %21 = load <4 x i64>, ptr %0, align 8, !tbaa !17
  %22 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %21)
  %23 = getelementptr inbounds nuw i8, ptr %0, i64 32
  %24 = load ptr, ptr %23, align 8, !tbaa !18
  %25 = getelementptr inbounds nuw i8, ptr %0, i64 40
  %26 = load i32, ptr %25, align 8, !tbaa !19
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %25, align 8, !tbaa !19
  %28 = and i32 %26, 63
  %29 = zext nneg i32 %28 to i64
  %30 = getelementptr inbounds nuw i64, ptr %24, i64 %29
  store i64 %22, ptr %30, align 8, !tbaa !17
  %31 = load i64, ptr %0, align 8, !tbaa !9
  ret i64 %31
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @step7(ptr noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %4 = load i64, ptr %3, align 8, !tbaa !14
  %5 = add nsw i64 %4, %1
  %6 = load i64, ptr %0, align 8, !tbaa !9
  %7 = mul nsw i64 %6, 3
  %8 = add nsw i64 %7, %5
  store i64 %8, ptr %0, align 8, !tbaa !9
  %9 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %10 = load i64, ptr %9, align 8, !tbaa !15
  %11 = shl i64 %10, 2
  %12 = xor i64 %11, %5
  store i64 %12, ptr %3, align 8, !tbaa !14
  %13 = getelementptr inbounds nuw i8, ptr %0, i64 24
  %14 = load i64, ptr %13, align 8, !tbaa !16
  %15 = mul nsw i64 %14, 5
  %16 = add nsw i64 %15, %10
  store i64 %16, ptr %9, align 8, !tbaa !15
  %17 = sub nsw i64 %14, %8
  store i64 %17, ptr %13, align 8, !tbaa !16
  %18 = add nsw i64 %8, 7
  tail call void @note(ptr noundef nonnull %0, i64 noundef %18) #4
  %19 = load i64, ptr %3, align 8, !tbaa !14
  %20 = add nsw i64 %19, -7
  tail call void @note(ptr noundef nonnull %0, i64 noundef %20) #4
  %21 = load <4 x i64>, ptr %0, align 8, !tbaa !17
  %22 = tail call i64 @llvm.vector.reduce.xor.v4i64(<4 x i64> %21)
  %23 = getelementptr inbounds nuw i8, ptr %0, i64 32
  %24 = load ptr, ptr %23, align 8, !tbaa !18
  %25 = getelementptr inbounds nuw i8, ptr %0, i64 40
  %26 = load i32, ptr %25, align 8, !tbaa !19
  %27 = add nsw i32 %26, 1
  store i32 %27, ptr %25, align 8, !tbaa !19
  %28 = and i32 %26, 63
  %29 = zext nneg i32 %28 to i64
  %30 = getelementptr inbounds nuw i64, ptr %24, i64 %29
  store i64 %22, ptr %30, align 8, !tbaa !17
  %31 = load i64, ptr %3, align 8, !tbaa !14
  ret i64 %31
}

; Function Attrs: minsize nounwind optsize uwtable
define dso_local i64 @run_steps(ptr noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = tail call i32 @llvm.smax.i32(i32 %1, i32 0)
  %4 = zext nneg i32 %3 to i64
  br label %5

5:                                                ; preds = %10, %2
  %6 = phi i64 [ %15, %10 ], [ 0, %2 ]
  %7 = phi i64 [ %14, %10 ], [ 0, %2 ]
  %8 = icmp eq i64 %6, %4
  br i1 %8, label %9, label %10

9:                                                ; preds = %5
  ret i64 %7

10:                                               ; preds = %5
  tail call void @step0(ptr noundef %0) #5
  tail call void @step1(ptr noundef %0) #5
  tail call void @step2(ptr noundef %0) #5
  tail call void @step3(ptr noundef %0) #5
  tail call void @step4(ptr noundef %0) #5
  tail call void @step5(ptr noundef %0) #5
  %11 = tail call i64 @step6(ptr noundef %0, i64 noundef %6) #5
  %12 = tail call i64 @step7(ptr noundef %0, i64 noundef %7) #5
  %13 = add i64 %11, %7
  %14 = add i64 %13, %12
  %15 = add nuw nsw i64 %6, 1
  br label %5, !llvm.loop !20
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.vector.reduce.xor.v4i64(<4 x i64>) #3

attributes #0 = { minsize nounwind optsize uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { minsize optsize "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { minsize nounwind optsize }
attributes #5 = { minsize optsize }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.errno.tbaa = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !11, i64 0}
!10 = !{!"ctx", !11, i64 0, !11, i64 8, !11, i64 16, !11, i64 24, !12, i64 32, !6, i64 40}
!11 = !{!"long", !7, i64 0}
!12 = !{!"p1 long", !13, i64 0}
!13 = !{!"any pointer", !7, i64 0}
!14 = !{!10, !11, i64 8}
!15 = !{!10, !11, i64 16}
!16 = !{!10, !11, i64 24}
!17 = !{!11, !11, i64 0}
!18 = !{!10, !12, i64 32}
!19 = !{!10, !6, i64 40}
!20 = distinct !{!20, !21}
!21 = !{!"llvm.loop.mustprogress"}
