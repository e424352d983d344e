; ModuleID = 'loops.c'
source_filename = "loops.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @matmul(i32 noundef %0, ptr noundef readonly captures(none) %1, ptr noundef readonly captures(none) %2, ptr noundef writeonly captures(none) %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %0, 0
  br i1 %5, label %6, label %18

6:                                                ; preds = %4
  %7 = zext nneg i32 %0 to i64
  %8 = and i64 %7, 3
  %9 = icmp ult i32 %0, 4
  %10 = and i64 %7, 2147483644
  %11 = icmp eq i64 %8, 0
  %12 = icmp ne i64 %8, 0
  br label %13

13:                                               ; preds = %22, %6
  %14 = phi i64 [ 0, %6 ], [ %23, %22 ]
  %15 = mul nuw nsw i64 %14, %7
  %16 = getelementptr inbounds nuw double, ptr %1, i64 %15
  %17 = getelementptr inbounds nuw double, ptr %3, i64 %15
  br label %19

18:                                               ; preds = %22, %4
  ret void

19:                                               ; preds = %13, %42
  %20 = phi i64 [ 0, %13 ], [ %45, %42 ]
  %21 = getelementptr inbounds nuw double, ptr %2, i64 %20
  br i1 %9, label %26, label %47

22:                                               ; preds = %42
  %23 = add nuw nsw i64 %14, 1
  %24 = icmp eq i64 %23, %7
  br i1 %24, label %18, label %13, !llvm.loop !9

25:                                               ; preds = %47
  br i1 %11, label %42, label %26

26:                                               ; preds = %25, %19
  %27 = phi i64 [ 0, %19 ], [ %78, %25 ]
  %28 = phi double [ 0.000000e+00, %19 ], [ %77, %25 ]
  tail call void @llvm.assume(i1 %12)
  br label %29

29:                                               ; preds = %29, %26
  %30 = phi i64 [ %27, %26 ], [ %39, %29 ]
  %31 = phi double [ %28, %26 ], [ %38, %29 ]
  %32 = phi i64 [ 0, %26 ], [ %40, %29 ]
  %33 = getelementptr inbounds nuw double, ptr %16, i64 %30
  %34 = load double, ptr %33, align 8, !tbaa !11
  %35 = mul nuw nsw i64 %30, %7
  %36 = getelementptr inbounds nuw double, ptr %21, i64 %35
  %37 = load double, ptr %36, align 8, !tbaa !11
  %38 = tail call double @llvm.fmuladd.f64(double %34, double %37, double %31)
  %39 = add nuw nsw i64 %30, 1
  %40 = add i64 %32, 1
  %41 = icmp eq i64 %40, %8
  br i1 %41, label %42, label %29, !llvm.loop !13

42:                                               ; preds = %29, %25
  %43 = phi double [ %77, %25 ], [ %38, %29 ]
  %44 = getelementptr inbounds nuw double, ptr %17, i64 %20
  store double %43, ptr %44, align 8, !tbaa !11
  %45 = add nuw nsw i64 %20, 1
  %46 = icmp eq i64 %45, %7
  br i1 %46, label %22, label %19, !llvm.loop !15

47:                                               ; preds = %19, %47
  %48 = phi i64 [ %78, %47 ], [ 0, %19 ]
  %49 = phi double [ %77, %47 ], [ 0.000000e+00, %19 ]
  %50 = phi i64 [ %79, %47 ], [ 0, %19 ]
  %51 = getelementptr inbounds nuw double, ptr %16, i64 %48
  %52 = load double, ptr %51, align 8, !tbaa !11
  %53 = mul nuw nsw i64 %48, %7
  %54 = getelementptr inbounds nuw double, ptr %21, i64 %53
  %55 = load double, ptr %54, align 8, !tbaa !11
  %56 = tail call double @llvm.fmuladd.f64(double %52, double %55, double %49)
  %57 = or disjoint i64 %48, 1
  %58 = getelementptr inbounds nuw double, ptr %16, i64 %57
  %59 = load double, ptr %58, align 8, !tbaa !11
  %60 = mul nuw nsw i64 %57, %7
  %61 = getelementptr inbounds nuw double, ptr %21, i64 %60
  %62 = load double, ptr %61, align 8, !tbaa !11
  %63 = tail call double @llvm.fmuladd.f64(double %59, double %62, double %56)
  %64 = or disjoint i64 %48, 2
  %65 = getelementptr inbounds nuw double, ptr %16, i64 %64
  %66 = load double, ptr %65, align 8, !tbaa !11
  %67 = mul nuw nsw i64 %64, %7
  %68 = getelementptr inbounds nuw double, ptr %21, i64 %67
  %69 = load double, ptr %68, align 8, !tbaa !11
  %70 = tail call double @llvm.fmuladd.f64(double %66, double %69, double %63)
  %71 = or disjoint i64 %48, 3
  %72 = getelementptr inbounds nuw double, ptr %16, i64 %71
  %73 = load double, ptr %72, align 8, !tbaa !11
  %74 = mul nuw nsw i64 %71, %7
  %75 = getelementptr inbounds nuw double, ptr %21, i64 %74
  %76 = load double, ptr %75, align 8, !tbaa !11
  %77 = tail call double @llvm.fmuladd.f64(double %73, double %76, double %70)
  %78 = add nuw nsw i64 %48, 4
  %79 = add i64 %50, 4
  %80 = icmp eq i64 %79, %10
  br i1 %80, label %25, label %47, !llvm.loop !16
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local i32 @crc32(ptr noundef readonly captures(none) %0, i64 noundef %1) local_unnamed_addr #3 {
  %3 = icmp eq i64 %1, 0
  br i1 %3, label %6, label %8

4:                                                ; preds = %8
  %5 = xor i32 %40, -1
  br label %6

6:                                                ; preds = %4, %2
  %7 = phi i32 [ 0, %2 ], [ %5, %4 ]
  ret i32 %7

8:                                                ; preds = %2, %8
  %9 = phi i64 [ %41, %8 ], [ 0, %2 ]
  %10 = phi i32 [ %40, %8 ], [ -1, %2 ]
  %11 = getelementptr inbounds nuw i8, ptr %0, i64 %9
  %12 = load i8, ptr %11, align 1, !tbaa !17
  %13 = zext i8 %12 to i32
  %14 = xor i32 %10, %13
  %15 = lshr i32 %14, 1
  %16 = and i32 %14, 1
  %17 = icmp eq i32 %16, 0
  %18 = select i1 %17, i32 0, i32 -306674912
  %19 = xor i32 %18, %15
  %20 = lshr i32 %19, 1
  %21 = and i32 %14, 2
  %22 = icmp eq i32 %21, 0
  %23 = select i1 %22, i32 0, i32 -306674912
  %24 = xor i32 %23, %20
  %25 = lshr i32 %24, 6
  %26 = insertelement <4 x i32> poison, i32 %14, i64 0
  %27 = shufflevector <4 x i32> %26, <4 x i32> poison, <4 x i32> zeroinitializer
  %28 = and <4 x i32> %27, <i32 4, i32 8, i32 16, i32 32>
  %29 = icmp eq <4 x i32> %28, zeroinitializer
  %30 = select <4 x i1> %29, <4 x i32> zeroinitializer, <4 x i32> <i32 124634137, i32 249268274, i32 498536548, i32 997073096>
  %31 = and i32 %19, 32
  %32 = icmp eq i32 %31, 0
  %33 = select i1 %32, i32 0, i32 1994146192
  %34 = and i32 %24, 32
  %35 = icmp eq i32 %34, 0
  %36 = select i1 %35, i32 0, i32 -306674912
  %37 = tail call i32 @llvm.vector.reduce.xor.v4i32(<4 x i32> %30)
  %38 = xor i32 %37, %33
  %39 = xor i32 %36, %25
  %40 = xor i32 %38, %39
  %41 = add nuw i64 %9, 1
  %42 = icmp eq i64 %41, %1
  br i1 %42, label %4, label %8, !llvm.loop !18
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local i64 @prefix_sums(ptr noundef captures(none) %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %28

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  %6 = and i64 %5, 3
  %7 = icmp ult i32 %1, 4
  br i1 %7, label %12, label %8

8:                                                ; preds = %4
  %9 = and i64 %5, 2147483644
  br label %30

10:                                               ; preds = %30
  %11 = icmp eq i64 %6, 0
  br i1 %11, label %28, label %12

12:                                               ; preds = %10, %4
  %13 = phi i64 [ 0, %4 ], [ %57, %10 ]
  %14 = phi i64 [ 0, %4 ], [ %55, %10 ]
  %15 = icmp ne i64 %6, 0
  tail call void @llvm.assume(i1 %15)
  br label %16

16:                                               ; preds = %16, %12
  %17 = phi i64 [ %13, %12 ], [ %25, %16 ]
  %18 = phi i64 [ %14, %12 ], [ %23, %16 ]
  %19 = phi i64 [ 0, %12 ], [ %26, %16 ]
  %20 = getelementptr inbounds nuw i32, ptr %0, i64 %17
  %21 = load i32, ptr %20, align 4, !tbaa !5
  %22 = sext i32 %21 to i64
  %23 = add nsw i64 %18, %22
  %24 = trunc i64 %23 to i32
  store i32 %24, ptr %20, align 4, !tbaa !5
  %25 = add nuw nsw i64 %17, 1
  %26 = add i64 %19, 1
  %27 = icmp eq i64 %26, %6
  br i1 %27, label %28, label %16, !llvm.loop !19

28:                                               ; preds = %10, %16, %2
  %29 = phi i64 [ 0, %2 ], [ %55, %10 ], [ %23, %16 ]
  ret i64 %29

30:                                               ; preds = %30, %8
  %31 = phi i64 [ 0, %8 ], [ %57, %30 ]
  %32 = phi i64 [ 0, %8 ], [ %55, %30 ]
  %33 = phi i64 [ 0, %8 ], [ %58, %30 ]
  %34 = getelementptr inbounds nuw i32, ptr %0, i64 %31
  %35 = load i32, ptr %34, align 4, !tbaa !5
  %36 = sext i32 %35 to i64
  %37 = add nsw i64 %32, %36
  %38 = trunc i64 %37 to i32
  store i32 %38, ptr %34, align 4, !tbaa !5
  %39 = getelementptr inbounds nuw i32, ptr %0, i64 %31
  %40 = getelementptr inbounds nuw i8, ptr %39, i64 4
  %41 = load i32, ptr %40, align 4, !tbaa !5
  %42 = sext i32 %41 to i64
  %43 = add nsw i64 %37, %42
  %44 = trunc i64 %43 to i32
  store i32 %44, ptr %40, align 4, !tbaa !5
  %45 = getelementptr inbounds nuw i32, ptr %0, i64 %31
  %46 = getelementptr inbounds nuw i8, ptr %45, i64 8
  %47 = load i32, ptr %46, align 4, !tbaa !5
  %48 = sext i32 %47 to i64
  %49 = add nsw i64 %43, %48
  %50 = trunc i64 %49 to i32
  store i32 %50, ptr %46, align 4, !tbaa !5
  %51 = getelementptr inbounds nuw i32, ptr %0, i64 %31
  %52 = getelementptr inbounds nuw i8, ptr %51, i64 12
  %53 = load i32, ptr %52, align 4, !tbaa !5
  %54 = sext i32 %53 to i64
  %55 = add nsw i64 %49, %54
  %56 = trunc i64 %55 to i32
  store i32 %56, ptr %52, align 4, !tbaa !5
  %57 = add nuw nsw i64 %31, 4
  %58 = add i64 %33, 4
  %59 = icmp eq i64 %58, %9
  br i1 %59, label %10, label %30, !llvm.loop !20
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local i32 @histogram(ptr noundef readonly captures(none) %0, i64 noundef %1, ptr noundef writeonly captures(none) %2) local_unnamed_addr #0 {
  %4 = alloca [256 x i32], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #9
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(1024) %4, i8 0, i64 1024, i1 false)
  %5 = icmp eq i64 %1, 0
  br i1 %5, label %28, label %6

6:                                                ; preds = %3
  %7 = and i64 %1, 3
  %8 = icmp ult i64 %1, 4
  br i1 %8, label %13, label %9

9:                                                ; preds = %6
  %10 = and i64 %1, -4
  br label %29

11:                                               ; preds = %29
  %12 = icmp eq i64 %7, 0
  br i1 %12, label %28, label %13

13:                                               ; preds = %11, %6
  %14 = phi i64 [ 0, %6 ], [ %59, %11 ]
  %15 = icmp ne i64 %7, 0
  tail call void @llvm.assume(i1 %15)
  br label %16

16:                                               ; preds = %16, %13
  %17 = phi i64 [ %25, %16 ], [ %14, %13 ]
  %18 = phi i64 [ %26, %16 ], [ 0, %13 ]
  %19 = getelementptr inbounds nuw i8, ptr %0, i64 %17
  %20 = load i8, ptr %19, align 1, !tbaa !17
  %21 = zext i8 %20 to i64
  %22 = getelementptr inbounds nuw i32, ptr %4, i64 %21
  %23 = load i32, ptr %22, align 4, !tbaa !5
  %24 = add i32 %23, 1
  store i32 %24, ptr %22, align 4, !tbaa !5
  %25 = add nuw i64 %17, 1
  %26 = add i64 %18, 1
  %27 = icmp eq i64 %26, %7
  br i1 %27, label %28, label %16, !llvm.loop !21

28:                                               ; preds = %11, %16, %3
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %2, ptr noundef nonnull align 16 dereferenceable(1024) %4, i64 1024, i1 false), !tbaa !5
  br label %63

29:                                               ; preds = %29, %9
  %30 = phi i64 [ 0, %9 ], [ %59, %29 ]
  %31 = phi i64 [ 0, %9 ], [ %60, %29 ]
  %32 = getelementptr inbounds nuw i8, ptr %0, i64 %30
  %33 = load i8, ptr %32, align 1, !tbaa !17
  %34 = zext i8 %33 to i64
  %35 = getelementptr inbounds nuw i32, ptr %4, i64 %34
  %36 = load i32, ptr %35, align 4, !tbaa !5
  %37 = add i32 %36, 1
  store i32 %37, ptr %35, align 4, !tbaa !5
  %38 = getelementptr inbounds nuw i8, ptr %0, i64 %30
  %39 = getelementptr inbounds nuw i8, ptr %38, i64 1
  %40 = load i8, ptr %39, align 1, !tbaa !17
  %41 = zext i8 %40 to i64
  %42 = getelementptr inbounds nuw i32, ptr %4, i64 %41
  %43 = load i32, ptr %42, align 4, !tbaa !5
  %44 = add i32 %43, 1
  store i32 %44, ptr %42, align 4, !tbaa !5
  %45 = getelementptr inbounds nuw i8, ptr %0, i64 %30
  %46 = getelementptr inbounds nuw i8, ptr %45, i64 2
  %47 = load i8, ptr %46, align 1, !tbaa !17
  %48 = zext i8 %47 to i64
  %49 = getelementptr inbounds nuw i32, ptr %4, i64 %48
  %50 = load i32, ptr %49, align 4, !tbaa !5
  %51 = add i32 %50, 1
  store i32 %51, ptr %49, align 4, !tbaa !5
  %52 = getelementptr inbounds nuw i8, ptr %0, i64 %30
  %53 = getelementptr inbounds nuw i8, ptr %52, i64 3
  %54 = load i8, ptr %53, align 1, !tbaa !17
  %55 = zext i8 %54 to i64
  %56 = getelementptr inbounds nuw i32, ptr %4, i64 %55
  %57 = load i32, ptr %56, align 4, !tbaa !5
  %58 = add i32 %57, 1
  store i32 %58, ptr %56, align 4, !tbaa !5
  %59 = add nuw i64 %30, 4
  %60 = add i64 %31, 4
  %61 = icmp eq i64 %60, %10
  br i1 %61, label %11, label %29, !llvm.loop !22

62:                                               ; preds = %63
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #9
  ret i32 %100

63:                                               ; preds = %63, %28
  %64 = phi i64 [ 0, %28 ], [ %101, %63 ]
  %65 = phi i32 [ 0, %28 ], [ %100, %63 ]
  %66 = getelementptr inbounds nuw i32, ptr %4, i64 %64
  %67 = load i32, ptr %66, align 16, !tbaa !5
  %68 = zext nneg i32 %65 to i64
  %69 = getelementptr inbounds nuw i32, ptr %4, i64 %68
  %70 = load i32, ptr %69, align 4, !tbaa !5
  %71 = icmp ugt i32 %67, %70
  %72 = trunc nuw nsw i64 %64 to i32
  %73 = select i1 %71, i32 %72, i32 %65
  %74 = or disjoint i64 %64, 1
  %75 = getelementptr inbounds nuw i32, ptr %4, i64 %74
  %76 = load i32, ptr %75, align 4, !tbaa !5
  %77 = zext nneg i32 %73 to i64
  %78 = getelementptr inbounds nuw i32, ptr %4, i64 %77
  %79 = load i32, ptr %78, align 4, !tbaa !5
  %80 = icmp ugt i32 %76, %79
  %81 = trunc nuw nsw i64 %74 to i32
  %82 = select i1 %80, i32 %81, i32 %73
  %83 = or disjoint i64 %64, 2
  %84 = getelementptr inbounds nuw i32, ptr %4, i64 %83
  %85 = load i32, ptr %84, align 8, !tbaa !5
  %86 = zext nneg i32 %82 to i64
  %87 = getelementptr inbounds nuw i32, ptr %4, i64 %86
  %88 = load i32, ptr %87, align 4, !tbaa !5
  %89 = icmp ugt i32 %85, %88
  %90 = trunc nuw nsw i64 %83 to i32
  %91 = select i1 %89, i32 %90, i32 %82
  %92 = or disjoint i64 %64, 3
  %93 = getelementptr inbounds nuw i32, ptr %4, i64 %92
  %94 = load i32, ptr %93, align 4, !tbaa !5
  %95 = zext nneg i32 %91 to i64
  %96 = getelementptr inbounds nuw i32, ptr %4, i64 %95
  %97 = load i32, ptr %96, align 4, !tbaa !5
  %98 = icmp ugt i32 %94, %97
  %99 = trunc nuw nsw i64 %92 to i32
  %100 = select i1 %98, i32 %99, i32 %91
  %101 = add nuw nsw i64 %64, 4
  %102 = icmp eq i64 %101, 256
  br i1 %102, label %62, label %63, !llvm.loop !23
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local i32 @count_primes() local_unnamed_addr #5 {
  %1 = alloca [4096 x i8], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #9
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(4096) %1, i8 0, i64 4096, i1 false)
  br label %3

2:                                                ; preds = %18
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #9
  ret i32 %19

3:                                                ; preds = %0, %18
  %4 = phi i64 [ 2, %0 ], [ %20, %18 ]
  %5 = phi i64 [ 4, %0 ], [ %21, %18 ]
  %6 = phi i32 [ 0, %0 ], [ %19, %18 ]
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 %4
  %8 = load i8, ptr %7, align 1, !tbaa !17
  %9 = icmp eq i8 %8, 0
  br i1 %9, label %10, label %18

10:                                               ; preds = %3
  %11 = add nsw i32 %6, 1
  %12 = icmp samesign ult i64 %4, 2048
  br i1 %12, label %13, label %18

13:                                               ; preds = %10, %13
  %14 = phi i64 [ %16, %13 ], [ %5, %10 ]
  %15 = getelementptr inbounds nuw i8, ptr %1, i64 %14
  store i8 1, ptr %15, align 1, !tbaa !17
  %16 = add nuw nsw i64 %14, %4
  %17 = icmp samesign ult i64 %16, 4096
  br i1 %17, label %13, label %18, !llvm.loop !24

18:                                               ; preds = %13, %10, %3
  %19 = phi i32 [ %6, %3 ], [ %11, %10 ], [ %11, %13 ]
  %20 = add nuw nsw i64 %4, 1
  %21 = add nuw nsw i64 %5, 2
  %22 = icmp eq i64 %20, 4096
  br i1 %22, label %2, label %3, !llvm.loop !25
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @stencil(ptr noalias noundef writeonly captures(none) %0, ptr noalias noundef readonly captures(none) %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %3, 2
  br i1 %5, label %6, label %66

6:                                                ; preds = %4
  %7 = add nsw i32 %3, -1
  %8 = add i32 %2, -1
  %9 = icmp sgt i32 %2, 2
  %10 = sext i32 %2 to i64
  %11 = zext nneg i32 %7 to i64
  %12 = zext i32 %8 to i64
  %13 = add nsw i64 %12, -1
  %14 = icmp ult i64 %13, 8
  %15 = and i64 %13, -8
  %16 = or disjoint i64 %15, 1
  %17 = icmp eq i64 %13, %15
  br label %18

18:                                               ; preds = %6, %67
  %19 = phi i64 [ 1, %6 ], [ %68, %67 ]
  br i1 %9, label %22, label %20

20:                                               ; preds = %18
  %21 = add nuw nsw i64 %19, 1
  br label %67

22:                                               ; preds = %18
  %23 = add nsw i64 %19, -1
  %24 = mul nsw i64 %23, %10
  %25 = add nuw nsw i64 %19, 1
  %26 = mul nuw nsw i64 %25, %10
  %27 = mul nuw nsw i64 %19, %10
  %28 = getelementptr float, ptr %1, i64 %24
  %29 = getelementptr float, ptr %1, i64 %26
  br i1 %14, label %64, label %30

30:                                               ; preds = %22, %30
  %31 = phi i64 [ %61, %30 ], [ 0, %22 ]
  %32 = or disjoint i64 %31, 1
  %33 = getelementptr float, ptr %28, i64 %32
  %34 = getelementptr i8, ptr %33, i64 16
  %35 = load <4 x float>, ptr %33, align 4, !tbaa !26
  %36 = load <4 x float>, ptr %34, align 4, !tbaa !26
  %37 = getelementptr float, ptr %29, i64 %32
  %38 = getelementptr i8, ptr %37, i64 16
  %39 = load <4 x float>, ptr %37, align 4, !tbaa !26
  %40 = load <4 x float>, ptr %38, align 4, !tbaa !26
  %41 = fadd <4 x float> %35, %39
  %42 = fadd <4 x float> %36, %40
  %43 = add nuw nsw i64 %32, %27
  %44 = getelementptr float, ptr %1, i64 %43
  %45 = getelementptr i8, ptr %44, i64 -4
  %46 = getelementptr i8, ptr %44, i64 12
  %47 = load <4 x float>, ptr %45, align 4, !tbaa !26
  %48 = load <4 x float>, ptr %46, align 4, !tbaa !26
  %49 = fadd <4 x float> %41, %47
  %50 = fadd <4 x float> %42, %48
  %51 = getelementptr i8, ptr %44, i64 4
  %52 = getelementptr i8, ptr %44, i64 20
  %53 = load <4 x float>, ptr %51, align 4, !tbaa !26
  %54 = load <4 x float>, ptr %52, align 4, !tbaa !26
  %55 = fadd <4 x float> %49, %53
  %56 = fadd <4 x float> %50, %54
  %57 = fmul <4 x float> %55, splat (float 2.500000e-01)
  %58 = fmul <4 x float> %56, splat (float 2.500000e-01)
  %59 = getelementptr inbounds nuw float, ptr %0, i64 %43
  %60 = getelementptr inbounds nuw i8, ptr %59, i64 16
  store <4 x float> %57, ptr %59, align 4, !tbaa !26
  store <4 x float> %58, ptr %60, align 4, !tbaa !26
  %61 = add nuw i64 %31, 8
  %62 = icmp eq i64 %61, %15
  br i1 %62, label %63, label %30, !llvm.loop !28

63:                                               ; preds = %30
  br i1 %17, label %67, label %64

64:                                               ; preds = %22, %63
  %65 = phi i64 [ 1, %22 ], [ %16, %63 ]
  br label %70

66:                                               ; preds = %67, %4
  ret void

67:                                               ; preds = %70, %63, %20
  %68 = phi i64 [ %21, %20 ], [ %25, %63 ], [ %25, %70 ]
  %69 = icmp eq i64 %68, %11
  br i1 %69, label %66, label %18, !llvm.loop !31

70:                                               ; preds = %64, %70
  %71 = phi i64 [ %87, %70 ], [ %65, %64 ]
  %72 = getelementptr float, ptr %28, i64 %71
  %73 = load float, ptr %72, align 4, !tbaa !26
  %74 = getelementptr float, ptr %29, i64 %71
  %75 = load float, ptr %74, align 4, !tbaa !26
  %76 = fadd float %73, %75
  %77 = add nuw nsw i64 %71, %27
  %78 = getelementptr float, ptr %1, i64 %77
  %79 = getelementptr i8, ptr %78, i64 -4
  %80 = load float, ptr %79, align 4, !tbaa !26
  %81 = fadd float %76, %80
  %82 = getelementptr i8, ptr %78, i64 4
  %83 = load float, ptr %82, align 4, !tbaa !26
  %84 = fadd float %81, %83
  %85 = fmul float %84, 2.500000e-01
  %86 = getelementptr inbounds nuw float, ptr %0, i64 %77
  store float %85, ptr %86, align 4, !tbaa !26
  %87 = add nuw nsw i64 %71, 1
  %88 = icmp eq i64 %87, %12
  br i1 %88, label %67, label %70, !llvm.loop !32
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.xor.v4i32(<4 x i32>) #8

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nofree norecurse nosync nounwind memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #8 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { nounwind }

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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!12, !12, i64 0}
!12 = !{!"double", !7, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.unroll.disable"}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
!17 = !{!7, !7, i64 0}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !14}
!20 = distinct !{!20, !10}
!21 = distinct !{!21, !14}
!22 = distinct !{!22, !10}
!23 = distinct !{!23, !10}
!24 = distinct !{!24, !10}
!25 = distinct !{!25, !10}
!26 = !{!27, !27, i64 0}
!27 = !{!"float", !7, i64 0}
!28 = distinct !{!28, !10, !29, !30}
!29 = !{!"llvm.loop.isvectorized", i32 1}
!30 = !{!"llvm.loop.unroll.runtime.disable"}
!31 = distinct !{!31, !10}
!32 = distinct !{!32, !10, !30, !29}
