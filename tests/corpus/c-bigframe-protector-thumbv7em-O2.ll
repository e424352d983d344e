; ModuleID = 'bigframe.c'
source_filename = "bigframe.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "thumbv7em-unknown-none-eabi"

@.str = private unnamed_addr constant [28 x i8] c"%d %d %d %d %d %d %d %d %d\0A\00", align 1

; Function Attrs: nounwind sspstrong
define dso_local range(i32 0, 256) i32 @small_buffer(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [100 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  %3 = trunc i32 %0 to i8
  call void @llvm.memset.p0.i32(ptr noundef nonnull align 1 dereferenceable(100) %2, i8 %3, i32 100, i1 false)
  call void @sink(ptr noundef nonnull %2, i32 noundef 100) #5
  %4 = and i32 %0, 63
  %5 = getelementptr inbounds nuw i8, ptr %2, i32 %4
  %6 = load i8, ptr %5, align 1, !tbaa !7
  %7 = zext i8 %6 to i32
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i32 %7
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr writeonly captures(none), i8, i32, i1 immarg) #2

declare dso_local void @sink(ptr noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind sspstrong
define dso_local i64 @page_frame(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [600 x i64], align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  %3 = sext i32 %0 to i64
  br label %8

4:                                                ; preds = %8
  call void @sink(ptr noundef nonnull %2, i32 noundef 4800) #5
  %5 = srem i32 %0, 600
  %6 = getelementptr inbounds i64, ptr %2, i32 %5
  %7 = load i64, ptr %6, align 8, !tbaa !8
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i64 %7

8:                                                ; preds = %8, %1
  %9 = phi i32 [ 0, %1 ], [ %105, %8 ]
  %10 = zext nneg i32 %9 to i64
  %11 = mul nsw i64 %10, %3
  %12 = getelementptr inbounds nuw i64, ptr %2, i32 %9
  store i64 %11, ptr %12, align 8, !tbaa !8
  %13 = or disjoint i32 %9, 1
  %14 = zext nneg i32 %13 to i64
  %15 = mul nsw i64 %14, %3
  %16 = getelementptr inbounds nuw i64, ptr %2, i32 %13
  store i64 %15, ptr %16, align 8, !tbaa !8
  %17 = or disjoint i32 %9, 2
  %18 = zext nneg i32 %17 to i64
  %19 = mul nsw i64 %18, %3
  %20 = getelementptr inbounds nuw i64, ptr %2, i32 %17
  store i64 %19, ptr %20, align 8, !tbaa !8
  %21 = or disjoint i32 %9, 3
  %22 = zext nneg i32 %21 to i64
  %23 = mul nsw i64 %22, %3
  %24 = getelementptr inbounds nuw i64, ptr %2, i32 %21
  store i64 %23, ptr %24, align 8, !tbaa !8
  %25 = or disjoint i32 %9, 4
  %26 = zext nneg i32 %25 to i64
  %27 = mul nsw i64 %26, %3
  %28 = getelementptr inbounds nuw i64, ptr %2, i32 %25
  store i64 %27, ptr %28, align 8, !tbaa !8
  %29 = or disjoint i32 %9, 5
  %30 = zext nneg i32 %29 to i64
  %31 = mul nsw i64 %30, %3
  %32 = getelementptr inbounds nuw i64, ptr %2, i32 %29
  store i64 %31, ptr %32, align 8, !tbaa !8
  %33 = or disjoint i32 %9, 6
  %34 = zext nneg i32 %33 to i64
  %35 = mul nsw i64 %34, %3
  %36 = getelementptr inbounds nuw i64, ptr %2, i32 %33
  store i64 %35, ptr %36, align 8, !tbaa !8
  %37 = or disjoint i32 %9, 7
  %38 = zext nneg i32 %37 to i64
  %39 = mul nsw i64 %38, %3
  %40 = getelementptr inbounds nuw i64, ptr %2, i32 %37
  store i64 %39, ptr %40, align 8, !tbaa !8
  %41 = add nuw nsw i32 %9, 8
  %42 = zext nneg i32 %41 to i64
  %43 = mul nsw i64 %42, %3
  %44 = getelementptr inbounds nuw i64, ptr %2, i32 %41
  store i64 %43, ptr %44, align 8, !tbaa !8
  %45 = add nuw nsw i32 %9, 9
  %46 = zext nneg i32 %45 to i64
  %47 = mul nsw i64 %46, %3
  %48 = getelementptr inbounds nuw i64, ptr %2, i32 %45
  store i64 %47, ptr %48, align 8, !tbaa !8
  %49 = add nuw nsw i32 %9, 10
  %50 = zext nneg i32 %49 to i64
  %51 = mul nsw i64 %50, %3
  %52 = getelementptr inbounds nuw i64, ptr %2, i32 %49
  store i64 %51, ptr %52, align 8, !tbaa !8
  %53 = add nuw nsw i32 %9, 11
  %54 = zext nneg i32 %53 to i64
  %55 = mul nsw i64 %54, %3
  %56 = getelementptr inbounds nuw i64, ptr %2, i32 %53
  store i64 %55, ptr %56, align 8, !tbaa !8
  %57 = add nuw nsw i32 %9, 12
  %58 = zext nneg i32 %57 to i64
  %59 = mul nsw i64 %58, %3
  %60 = getelementptr inbounds nuw i64, ptr %2, i32 %57
  store i64 %59, ptr %60, align 8, !tbaa !8
  %61 = add nuw nsw i32 %9, 13
  %62 = zext nneg i32 %61 to i64
  %63 = mul nsw i64 %62, %3
  %64 = getelementptr inbounds nuw i64, ptr %2, i32 %61
  store i64 %63, ptr %64, align 8, !tbaa !8
  %65 = add nuw nsw i32 %9, 14
  %66 = zext nneg i32 %65 to i64
  %67 = mul nsw i64 %66, %3
  %68 = getelementptr inbounds nuw i64, ptr %2, i32 %65
  store i64 %67, ptr %68, align 8, !tbaa !8
  %69 = add nuw nsw i32 %9, 15
  %70 = zext nneg i32 %69 to i64
  %71 = mul nsw i64 %70, %3
  %72 = getelementptr inbounds nuw i64, ptr %2, i32 %69
  store i64 %71, ptr %72, align 8, !tbaa !8
  %73 = add nuw nsw i32 %9, 16
  %74 = zext nneg i32 %73 to i64
  %75 = mul nsw i64 %74, %3
  %76 = getelementptr inbounds nuw i64, ptr %2, i32 %73
  store i64 %75, ptr %76, align 8, !tbaa !8
  %77 = add nuw nsw i32 %9, 17
  %78 = zext nneg i32 %77 to i64
  %79 = mul nsw i64 %78, %3
  %80 = getelementptr inbounds nuw i64, ptr %2, i32 %77
  store i64 %79, ptr %80, align 8, !tbaa !8
  %81 = add nuw nsw i32 %9, 18
  %82 = zext nneg i32 %81 to i64
  %83 = mul nsw i64 %82, %3
  %84 = getelementptr inbounds nuw i64, ptr %2, i32 %81
  store i64 %83, ptr %84, align 8, !tbaa !8
  %85 = add nuw nsw i32 %9, 19
  %86 = zext nneg i32 %85 to i64
  %87 = mul nsw i64 %86, %3
  %88 = getelementptr inbounds nuw i64, ptr %2, i32 %85
  store i64 %87, ptr %88, align 8, !tbaa !8
  %89 = add nuw nsw i32 %9, 20
  %90 = zext nneg i32 %89 to i64
  %91 = mul nsw i64 %90, %3
  %92 = getelementptr inbounds nuw i64, ptr %2, i32 %89
  store i64 %91, ptr %92, align 8, !tbaa !8
  %93 = add nuw nsw i32 %9, 21
  %94 = zext nneg i32 %93 to i64
  %95 = mul nsw i64 %94, %3
  %96 = getelementptr inbounds nuw i64, ptr %2, i32 %93
  store i64 %95, ptr %96, align 8, !tbaa !8
  %97 = add nuw nsw i32 %9, 22
  %98 = zext nneg i32 %97 to i64
  %99 = mul nsw i64 %98, %3
  %100 = getelementptr inbounds nuw i64, ptr %2, i32 %97
  store i64 %99, ptr %100, align 8, !tbaa !8
  %101 = add nuw nsw i32 %9, 23
  %102 = zext nneg i32 %101 to i64
  %103 = mul nsw i64 %102, %3
  %104 = getelementptr inbounds nuw i64, ptr %2, i32 %101
  store i64 %103, ptr %104, align 8, !tbaa !8
  %105 = add nuw nsw i32 %9, 24
  %106 = icmp eq i32 %105, 600
  br i1 %106, label %4, label %8, !llvm.loop !10
}

; Function Attrs: nounwind sspstrong
define dso_local double @huge_frame(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [64 x [64 x double]], align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  br label %3

3:                                                ; preds = %1, %13
  %4 = phi i32 [ 0, %1 ], [ %14, %13 ]
  %5 = getelementptr inbounds nuw [64 x double], ptr %2, i32 %4
  br label %16

6:                                                ; preds = %13
  call void @sink(ptr noundef nonnull %2, i32 noundef 32768) #5
  %7 = and i32 %0, 63
  %8 = getelementptr inbounds nuw [64 x double], ptr %2, i32 %7
  %9 = lshr i32 %0, 6
  %10 = and i32 %9, 63
  %11 = getelementptr inbounds nuw double, ptr %8, i32 %10
  %12 = load double, ptr %11, align 8, !tbaa !12
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret double %12

13:                                               ; preds = %16
  %14 = add nuw nsw i32 %4, 1
  %15 = icmp eq i32 %14, 64
  br i1 %15, label %6, label %3, !llvm.loop !14

16:                                               ; preds = %16, %3
  %17 = phi i32 [ 0, %3 ], [ %97, %16 ]
  %18 = mul nuw nsw i32 %17, %4
  %19 = add nsw i32 %18, %0
  %20 = sitofp i32 %19 to double
  %21 = getelementptr inbounds nuw double, ptr %5, i32 %17
  store double %20, ptr %21, align 8, !tbaa !12
  %22 = or disjoint i32 %17, 1
  %23 = mul nuw nsw i32 %22, %4
  %24 = add nsw i32 %23, %0
  %25 = sitofp i32 %24 to double
  %26 = getelementptr inbounds nuw double, ptr %5, i32 %22
  store double %25, ptr %26, align 8, !tbaa !12
  %27 = or disjoint i32 %17, 2
  %28 = mul nuw nsw i32 %27, %4
  %29 = add nsw i32 %28, %0
  %30 = sitofp i32 %29 to double
  %31 = getelementptr inbounds nuw double, ptr %5, i32 %27
  store double %30, ptr %31, align 8, !tbaa !12
  %32 = or disjoint i32 %17, 3
  %33 = mul nuw nsw i32 %32, %4
  %34 = add nsw i32 %33, %0
  %35 = sitofp i32 %34 to double
  %36 = getelementptr inbounds nuw double, ptr %5, i32 %32
  store double %35, ptr %36, align 8, !tbaa !12
  %37 = or disjoint i32 %17, 4
  %38 = mul nuw nsw i32 %37, %4
  %39 = add nsw i32 %38, %0
  %40 = sitofp i32 %39 to double
  %41 = getelementptr inbounds nuw double, ptr %5, i32 %37
  store double %40, ptr %41, align 8, !tbaa !12
  %42 = or disjoint i32 %17, 5
  %43 = mul nuw nsw i32 %42, %4
  %44 = add nsw i32 %43, %0
  %45 = sitofp i32 %44 to double
  %46 = getelementptr inbounds nuw double, ptr %5, i32 %42
  store double %45, ptr %46, align 8, !tbaa !12
  %47 = or disjoint i32 %17, 6
  %48 = mul nuw nsw i32 %47, %4
  %49 = add nsw i32 %48, %0
  %50 = sitofp i32 %49 to double
  %51 = getelementptr inbounds nuw double, ptr %5, i32 %47
  store double %50, ptr %51, align 8, !tbaa !12
  %52 = or disjoint i32 %17, 7
  %53 = mul nuw nsw i32 %52, %4
  %54 = add nsw i32 %53, %0
  %55 = sitofp i32 %54 to double
  %56 = getelementptr inbounds nuw double, ptr %5, i32 %52
  store double %55, ptr %56, align 8, !tbaa !12
  %57 = or disjoint i32 %17, 8
  %58 = mul nuw nsw i32 %57, %4
  %59 = add nsw i32 %58, %0
  %60 = sitofp i32 %59 to double
  %61 = getelementptr inbounds nuw double, ptr %5, i32 %57
  store double %60, ptr %61, align 8, !tbaa !12
  %62 = or disjoint i32 %17, 9
  %63 = mul nuw nsw i32 %62, %4
  %64 = add nsw i32 %63, %0
  %65 = sitofp i32 %64 to double
  %66 = getelementptr inbounds nuw double, ptr %5, i32 %62
  store double %65, ptr %66, align 8, !tbaa !12
  %67 = or disjoint i32 %17, 10
  %68 = mul nuw nsw i32 %67, %4
  %69 = add nsw i32 %68, %0
  %70 = sitofp i32 %69 to double
  %71 = getelementptr inbounds nuw double, ptr %5, i32 %67
  store double %70, ptr %71, align 8, !tbaa !12
  %72 = or disjoint i32 %17, 11
  %73 = mul nuw nsw i32 %72, %4
  %74 = add nsw i32 %73, %0
  %75 = sitofp i32 %74 to double
  %76 = getelementptr inbounds nuw double, ptr %5, i32 %72
  store double %75, ptr %76, align 8, !tbaa !12
  %77 = or disjoint i32 %17, 12
  %78 = mul nuw nsw i32 %77, %4
  %79 = add nsw i32 %78, %0
  %80 = sitofp i32 %79 to double
  %81 = getelementptr inbounds nuw double, ptr %5, i32 %77
  store double %80, ptr %81, align 8, !tbaa !12
  %82 = or disjoint i32 %17, 13
  %83 = mul nuw nsw i32 %82, %4
  %84 = add nsw i32 %83, %0
  %85 = sitofp i32 %84 to double
  %86 = getelementptr inbounds nuw double, ptr %5, i32 %82
  store double %85, ptr %86, align 8, !tbaa !12
  %87 = or disjoint i32 %17, 14
  %88 = mul nuw nsw i32 %87, %4
  %89 = add nsw i32 %88, %0
  %90 = sitofp i32 %89 to double
  %91 = getelementptr inbounds nuw double, ptr %5, i32 %87
  store double %90, ptr %91, align 8, !tbaa !12
  %92 = or disjoint i32 %17, 15
  %93 = mul nuw nsw i32 %92, %4
  %94 = add nsw i32 %93, %0
  %95 = sitofp i32 %94 to double
  %96 = getelementptr inbounds nuw double, ptr %5, i32 %92
  store double %95, ptr %96, align 8, !tbaa !12
  %97 = add nuw nsw i32 %17, 16
  %98 = icmp eq i32 %97, 64
  br i1 %98, label %13, label %16, !llvm.loop !15
}

; Function Attrs: nounwind sspstrong
define dso_local range(i32 0, 256) i32 @very_huge_frame(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [1048576 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  %3 = trunc i32 %0 to i8
  call void @llvm.memset.p0.i32(ptr noundef nonnull align 1 dereferenceable(1048576) %2, i8 %3, i32 1048576, i1 false)
  call void @sink(ptr noundef nonnull %2, i32 noundef 1048576) #5
  %4 = and i32 %0, 1048575
  %5 = getelementptr inbounds nuw i8, ptr %2, i32 %4
  %6 = load i8, ptr %5, align 1, !tbaa !7
  %7 = zext i8 %6 to i32
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i32 %7
}

; Function Attrs: nounwind sspstrong
define dso_local noundef i32 @call_with_big_frame(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [2048 x i32], align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  br label %22

3:                                                ; preds = %22
  call void @sink(ptr noundef nonnull %2, i32 noundef 8192) #5
  %4 = load i32, ptr %2, align 4, !tbaa !3
  %5 = getelementptr inbounds nuw i8, ptr %2, i32 4
  %6 = load i32, ptr %5, align 4, !tbaa !3
  %7 = getelementptr inbounds nuw i8, ptr %2, i32 8
  %8 = load i32, ptr %7, align 4, !tbaa !3
  %9 = getelementptr inbounds nuw i8, ptr %2, i32 12
  %10 = load i32, ptr %9, align 4, !tbaa !3
  %11 = getelementptr inbounds nuw i8, ptr %2, i32 16
  %12 = load i32, ptr %11, align 4, !tbaa !3
  %13 = getelementptr inbounds nuw i8, ptr %2, i32 20
  %14 = load i32, ptr %13, align 4, !tbaa !3
  %15 = getelementptr inbounds nuw i8, ptr %2, i32 24
  %16 = load i32, ptr %15, align 4, !tbaa !3
  %17 = getelementptr inbounds nuw i8, ptr %2, i32 28
  %18 = load i32, ptr %17, align 4, !tbaa !3
  %19 = getelementptr inbounds nuw i8, ptr %2, i32 32
  %20 = load i32, ptr %19, align 4, !tbaa !3
  %21 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %4, i32 noundef %6, i32 noundef %8, i32 noundef %10, i32 noundef %12, i32 noundef %14, i32 noundef %16, i32 noundef %18, i32 noundef %20)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i32 %21

22:                                               ; preds = %22, %1
  %23 = phi i32 [ 0, %1 ], [ %119, %22 ]
  %24 = xor i32 %23, %0
  %25 = getelementptr inbounds nuw i32, ptr %2, i32 %23
  store i32 %24, ptr %25, align 4, !tbaa !3
  %26 = or disjoint i32 %23, 1
  %27 = xor i32 %26, %0
  %28 = getelementptr inbounds nuw i32, ptr %2, i32 %26
  store i32 %27, ptr %28, align 4, !tbaa !3
  %29 = or disjoint i32 %23, 2
  %30 = xor i32 %29, %0
  %31 = getelementptr inbounds nuw i32, ptr %2, i32 %29
  store i32 %30, ptr %31, align 4, !tbaa !3
  %32 = or disjoint i32 %23, 3
  %33 = xor i32 %32, %0
  %34 = getelementptr inbounds nuw i32, ptr %2, i32 %32
  store i32 %33, ptr %34, align 4, !tbaa !3
  %35 = or disjoint i32 %23, 4
  %36 = xor i32 %35, %0
  %37 = getelementptr inbounds nuw i32, ptr %2, i32 %35
  store i32 %36, ptr %37, align 4, !tbaa !3
  %38 = or disjoint i32 %23, 5
  %39 = xor i32 %38, %0
  %40 = getelementptr inbounds nuw i32, ptr %2, i32 %38
  store i32 %39, ptr %40, align 4, !tbaa !3
  %41 = or disjoint i32 %23, 6
  %42 = xor i32 %41, %0
  %43 = getelementptr inbounds nuw i32, ptr %2, i32 %41
  store i32 %42, ptr %43, align 4, !tbaa !3
  %44 = or disjoint i32 %23, 7
  %45 = xor i32 %44, %0
  %46 = getelementptr inbounds nuw i32, ptr %2, i32 %44
  store i32 %45, ptr %46, align 4, !tbaa !3
  %47 = or disjoint i32 %23, 8
  %48 = xor i32 %47, %0
  %49 = getelementptr inbounds nuw i32, ptr %2, i32 %47
  store i32 %48, ptr %49, align 4, !tbaa !3
  %50 = or disjoint i32 %23, 9
  %51 = xor i32 %50, %0
  %52 = getelementptr inbounds nuw i32, ptr %2, i32 %50
  store i32 %51, ptr %52, align 4, !tbaa !3
  %53 = or disjoint i32 %23, 10
  %54 = xor i32 %53, %0
  %55 = getelementptr inbounds nuw i32, ptr %2, i32 %53
  store i32 %54, ptr %55, align 4, !tbaa !3
  %56 = or disjoint i32 %23, 11
  %57 = xor i32 %56, %0
  %58 = getelementptr inbounds nuw i32, ptr %2, i32 %56
  store i32 %57, ptr %58, align 4, !tbaa !3
  %59 = or disjoint i32 %23, 12
  %60 = xor i32 %59, %0
  %61 = getelementptr inbounds nuw i32, ptr %2, i32 %59
  store i32 %60, ptr %61, align 4, !tbaa !3
  %62 = or disjoint i32 %23, 13
  %63 = xor i32 %62, %0
  %64 = getelementptr inbounds nuw i32, ptr %2, i32 %62
  store i32 %63, ptr %64, align 4, !tbaa !3
  %65 = or disjoint i32 %23, 14
  %66 = xor i32 %65, %0
  %67 = getelementptr inbounds nuw i32, ptr %2, i32 %65
  store i32 %66, ptr %67, align 4, !tbaa !3
  %68 = or disjoint i32 %23, 15
  %69 = xor i32 %68, %0
  %70 = getelementptr inbounds nuw i32, ptr %2, i32 %68
  store i32 %69, ptr %70, align 4, !tbaa !3
  %71 = or disjoint i32 %23, 16
  %72 = xor i32 %71, %0
  %73 = getelementptr inbounds nuw i32, ptr %2, i32 %71
  store i32 %72, ptr %73, align 4, !tbaa !3
  %74 = or disjoint i32 %23, 17
  %75 = xor i32 %74, %0
  %76 = getelementptr inbounds nuw i32, ptr %2, i32 %74
  store i32 %75, ptr %76, align 4, !tbaa !3
  %77 = or disjoint i32 %23, 18
  %78 = xor i32 %77, %0
  %79 = getelementptr inbounds nuw i32, ptr %2, i32 %77
  store i32 %78, ptr %79, align 4, !tbaa !3
  %80 = or disjoint i32 %23, 19
  %81 = xor i32 %80, %0
  %82 = getelementptr inbounds nuw i32, ptr %2, i32 %80
  store i32 %81, ptr %82, align 4, !tbaa !3
  %83 = or disjoint i32 %23, 20
  %84 = xor i32 %83, %0
  %85 = getelementptr inbounds nuw i32, ptr %2, i32 %83
  store i32 %84, ptr %85, align 4, !tbaa !3
  %86 = or disjoint i32 %23, 21
  %87 = xor i32 %86, %0
  %88 = getelementptr inbounds nuw i32, ptr %2, i32 %86
  store i32 %87, ptr %88, align 4, !tbaa !3
  %89 = or disjoint i32 %23, 22
  %90 = xor i32 %89, %0
  %91 = getelementptr inbounds nuw i32, ptr %2, i32 %89
  store i32 %90, ptr %91, align 4, !tbaa !3
  %92 = or disjoint i32 %23, 23
  %93 = xor i32 %92, %0
  %94 = getelementptr inbounds nuw i32, ptr %2, i32 %92
  store i32 %93, ptr %94, align 4, !tbaa !3
  %95 = or disjoint i32 %23, 24
  %96 = xor i32 %95, %0
  %97 = getelementptr inbounds nuw i32, ptr %2, i32 %95
  store i32 %96, ptr %97, align 4, !tbaa !3
  %98 = or disjoint i32 %23, 25
  %99 = xor i32 %98, %0
  %100 = getelementptr inbounds nuw i32, ptr %2, i32 %98
  store i32 %99, ptr %100, align 4, !tbaa !3
  %101 = or disjoint i32 %23, 26
  %102 = xor i32 %101, %0
  %103 = getelementptr inbounds nuw i32, ptr %2, i32 %101
  store i32 %102, ptr %103, align 4, !tbaa !3
  %104 = or disjoint i32 %23, 27
  %105 = xor i32 %104, %0
  %106 = getelementptr inbounds nuw i32, ptr %2, i32 %104
  store i32 %105, ptr %106, align 4, !tbaa !3
  %107 = or disjoint i32 %23, 28
  %108 = xor i32 %107, %0
  %109 = getelementptr inbounds nuw i32, ptr %2, i32 %107
  store i32 %108, ptr %109, align 4, !tbaa !3
  %110 = or disjoint i32 %23, 29
  %111 = xor i32 %110, %0
  %112 = getelementptr inbounds nuw i32, ptr %2, i32 %110
  store i32 %111, ptr %112, align 4, !tbaa !3
  %113 = or disjoint i32 %23, 30
  %114 = xor i32 %113, %0
  %115 = getelementptr inbounds nuw i32, ptr %2, i32 %113
  store i32 %114, ptr %115, align 4, !tbaa !3
  %116 = or disjoint i32 %23, 31
  %117 = xor i32 %116, %0
  %118 = getelementptr inbounds nuw i32, ptr %2, i32 %116
  store i32 %117, ptr %118, align 4, !tbaa !3
  %119 = add nuw nsw i32 %23, 32
  %120 = icmp eq i32 %119, 2048
  br i1 %120, label %3, label %22, !llvm.loop !16
}

; Function Attrs: nofree nounwind
declare dso_local noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

attributes #0 = { nounwind sspstrong "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #5 = { nounwind }

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
!8 = !{!9, !9, i64 0}
!9 = !{!"long long", !5, i64 0}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!13, !13, i64 0}
!13 = !{!"double", !5, i64 0}
!14 = distinct !{!14, !11}
!15 = distinct !{!15, !11}
!16 = distinct !{!16, !11}
