; ModuleID = 'float.c'
source_filename = "float.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @horner(ptr noundef readonly captures(none) %0, i32 noundef %1, double noundef %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %5, label %24

5:                                                ; preds = %3
  %6 = zext nneg i32 %1 to i64
  %7 = and i64 %6, 3
  %8 = icmp eq i64 %7, 0
  br i1 %8, label %19, label %9

9:                                                ; preds = %5, %9
  %10 = phi i64 [ %13, %9 ], [ %6, %5 ]
  %11 = phi double [ %16, %9 ], [ 0.000000e+00, %5 ]
  %12 = phi i64 [ %17, %9 ], [ 0, %5 ]
  %13 = add nsw i64 %10, -1
  %14 = getelementptr inbounds nuw double, ptr %0, i64 %13
  %15 = load double, ptr %14, align 8, !tbaa !9
  %16 = tail call double @llvm.fmuladd.f64(double %11, double %2, double %15)
  %17 = add i64 %12, 1
  %18 = icmp eq i64 %17, %7
  br i1 %18, label %19, label %9, !llvm.loop !11

19:                                               ; preds = %9, %5
  %20 = phi i64 [ %6, %5 ], [ %13, %9 ]
  %21 = phi double [ 0.000000e+00, %5 ], [ %16, %9 ]
  %22 = phi double [ poison, %5 ], [ %16, %9 ]
  %23 = icmp ult i32 %1, 4
  br i1 %23, label %24, label %26

24:                                               ; preds = %19, %26, %3
  %25 = phi double [ 0.000000e+00, %3 ], [ %22, %19 ], [ %44, %26 ]
  ret double %25

26:                                               ; preds = %19, %26
  %27 = phi i64 [ %41, %26 ], [ %20, %19 ]
  %28 = phi double [ %44, %26 ], [ %21, %19 ]
  %29 = getelementptr double, ptr %0, i64 %27
  %30 = getelementptr i8, ptr %29, i64 -8
  %31 = load double, ptr %30, align 8, !tbaa !9
  %32 = tail call double @llvm.fmuladd.f64(double %28, double %2, double %31)
  %33 = getelementptr double, ptr %0, i64 %27
  %34 = getelementptr i8, ptr %33, i64 -16
  %35 = load double, ptr %34, align 8, !tbaa !9
  %36 = tail call double @llvm.fmuladd.f64(double %32, double %2, double %35)
  %37 = getelementptr double, ptr %0, i64 %27
  %38 = getelementptr i8, ptr %37, i64 -24
  %39 = load double, ptr %38, align 8, !tbaa !9
  %40 = tail call double @llvm.fmuladd.f64(double %36, double %2, double %39)
  %41 = add nsw i64 %27, -4
  %42 = getelementptr inbounds nuw double, ptr %0, i64 %41
  %43 = load double, ptr %42, align 8, !tbaa !9
  %44 = tail call double @llvm.fmuladd.f64(double %40, double %2, double %43)
  %45 = icmp sgt i64 %27, 4
  br i1 %45, label %26, label %24, !llvm.loop !13
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local float @dot_f32(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %2, 0
  br i1 %4, label %5, label %29

5:                                                ; preds = %3
  %6 = zext nneg i32 %2 to i64
  %7 = and i64 %6, 3
  %8 = icmp ult i32 %2, 4
  br i1 %8, label %13, label %9

9:                                                ; preds = %5
  %10 = and i64 %6, 2147483644
  br label %31

11:                                               ; preds = %31
  %12 = icmp eq i64 %7, 0
  br i1 %12, label %29, label %13

13:                                               ; preds = %11, %5
  %14 = phi i64 [ 0, %5 ], [ %58, %11 ]
  %15 = phi float [ 0.000000e+00, %5 ], [ %57, %11 ]
  %16 = icmp ne i64 %7, 0
  tail call void @llvm.assume(i1 %16)
  br label %17

17:                                               ; preds = %17, %13
  %18 = phi i64 [ %14, %13 ], [ %26, %17 ]
  %19 = phi float [ %15, %13 ], [ %25, %17 ]
  %20 = phi i64 [ 0, %13 ], [ %27, %17 ]
  %21 = getelementptr inbounds nuw float, ptr %0, i64 %18
  %22 = load float, ptr %21, align 4, !tbaa !15
  %23 = getelementptr inbounds nuw float, ptr %1, i64 %18
  %24 = load float, ptr %23, align 4, !tbaa !15
  %25 = tail call float @llvm.fmuladd.f32(float %22, float %24, float %19)
  %26 = add nuw nsw i64 %18, 1
  %27 = add i64 %20, 1
  %28 = icmp eq i64 %27, %7
  br i1 %28, label %29, label %17, !llvm.loop !17

29:                                               ; preds = %11, %17, %3
  %30 = phi float [ 0.000000e+00, %3 ], [ %57, %11 ], [ %25, %17 ]
  ret float %30

31:                                               ; preds = %31, %9
  %32 = phi i64 [ 0, %9 ], [ %58, %31 ]
  %33 = phi float [ 0.000000e+00, %9 ], [ %57, %31 ]
  %34 = phi i64 [ 0, %9 ], [ %59, %31 ]
  %35 = getelementptr inbounds nuw float, ptr %0, i64 %32
  %36 = load float, ptr %35, align 4, !tbaa !15
  %37 = getelementptr inbounds nuw float, ptr %1, i64 %32
  %38 = load float, ptr %37, align 4, !tbaa !15
  %39 = tail call float @llvm.fmuladd.f32(float %36, float %38, float %33)
  %40 = or disjoint i64 %32, 1
  %41 = getelementptr inbounds nuw float, ptr %0, i64 %40
  %42 = load float, ptr %41, align 4, !tbaa !15
  %43 = getelementptr inbounds nuw float, ptr %1, i64 %40
  %44 = load float, ptr %43, align 4, !tbaa !15
  %45 = tail call float @llvm.fmuladd.f32(float %42, float %44, float %39)
  %46 = or disjoint i64 %32, 2
  %47 = getelementptr inbounds nuw float, ptr %0, i64 %46
  %48 = load float, ptr %47, align 4, !tbaa !15
  %49 = getelementptr inbounds nuw float, ptr %1, i64 %46
  %50 = load float, ptr %49, align 4, !tbaa !15
  %51 = tail call float @llvm.fmuladd.f32(float %48, float %50, float %45)
  %52 = or disjoint i64 %32, 3
  %53 = getelementptr inbounds nuw float, ptr %0, i64 %52
  %54 = load float, ptr %53, align 4, !tbaa !15
  %55 = getelementptr inbounds nuw float, ptr %1, i64 %52
  %56 = load float, ptr %55, align 4, !tbaa !15
  %57 = tail call float @llvm.fmuladd.f32(float %54, float %56, float %51)
  %58 = add nuw nsw i64 %32, 4
  %59 = add i64 %34, 4
  %60 = icmp eq i64 %59, %10
  br i1 %60, label %11, label %31, !llvm.loop !18
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @saxpy(ptr noalias noundef captures(none) %0, ptr noalias noundef readonly captures(none) %1, float noundef %2, i32 noundef %3) local_unnamed_addr #2 {
  %5 = icmp sgt i32 %3, 0
  br i1 %5, label %6, label %31

6:                                                ; preds = %4
  %7 = zext nneg i32 %3 to i64
  %8 = icmp ult i32 %3, 8
  br i1 %8, label %29, label %9

9:                                                ; preds = %6
  %10 = and i64 %7, 2147483640
  %11 = insertelement <4 x float> poison, float %2, i64 0
  %12 = shufflevector <4 x float> %11, <4 x float> poison, <4 x i32> zeroinitializer
  br label %13

13:                                               ; preds = %13, %9
  %14 = phi i64 [ 0, %9 ], [ %25, %13 ]
  %15 = getelementptr inbounds nuw float, ptr %1, i64 %14
  %16 = getelementptr inbounds nuw i8, ptr %15, i64 16
  %17 = load <4 x float>, ptr %15, align 4, !tbaa !15
  %18 = load <4 x float>, ptr %16, align 4, !tbaa !15
  %19 = getelementptr inbounds nuw float, ptr %0, i64 %14
  %20 = getelementptr inbounds nuw i8, ptr %19, i64 16
  %21 = load <4 x float>, ptr %19, align 4, !tbaa !15
  %22 = load <4 x float>, ptr %20, align 4, !tbaa !15
  %23 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %12, <4 x float> %17, <4 x float> %21)
  %24 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %12, <4 x float> %18, <4 x float> %22)
  store <4 x float> %23, ptr %19, align 4, !tbaa !15
  store <4 x float> %24, ptr %20, align 4, !tbaa !15
  %25 = add nuw i64 %14, 8
  %26 = icmp eq i64 %25, %10
  br i1 %26, label %27, label %13, !llvm.loop !19

27:                                               ; preds = %13
  %28 = icmp eq i64 %10, %7
  br i1 %28, label %31, label %29

29:                                               ; preds = %6, %27
  %30 = phi i64 [ 0, %6 ], [ %10, %27 ]
  br label %32

31:                                               ; preds = %32, %27, %4
  ret void

32:                                               ; preds = %29, %32
  %33 = phi i64 [ %39, %32 ], [ %30, %29 ]
  %34 = getelementptr inbounds nuw float, ptr %1, i64 %33
  %35 = load float, ptr %34, align 4, !tbaa !15
  %36 = getelementptr inbounds nuw float, ptr %0, i64 %33
  %37 = load float, ptr %36, align 4, !tbaa !15
  %38 = tail call float @llvm.fmuladd.f32(float %2, float %35, float %37)
  store float %38, ptr %36, align 4, !tbaa !15
  %39 = add nuw nsw i64 %33, 1
  %40 = icmp eq i64 %39, %7
  br i1 %40, label %31, label %32, !llvm.loop !22
}

; Function Attrs: nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable
define dso_local double @norm(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #3 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %26

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  %6 = and i64 %5, 3
  %7 = icmp ult i32 %1, 4
  br i1 %7, label %12, label %8

8:                                                ; preds = %4
  %9 = and i64 %5, 2147483644
  br label %29

10:                                               ; preds = %29
  %11 = icmp eq i64 %6, 0
  br i1 %11, label %26, label %12

12:                                               ; preds = %10, %4
  %13 = phi i64 [ 0, %4 ], [ %48, %10 ]
  %14 = phi double [ 0.000000e+00, %4 ], [ %47, %10 ]
  %15 = icmp ne i64 %6, 0
  tail call void @llvm.assume(i1 %15)
  br label %16

16:                                               ; preds = %16, %12
  %17 = phi i64 [ %13, %12 ], [ %23, %16 ]
  %18 = phi double [ %14, %12 ], [ %22, %16 ]
  %19 = phi i64 [ 0, %12 ], [ %24, %16 ]
  %20 = getelementptr inbounds nuw double, ptr %0, i64 %17
  %21 = load double, ptr %20, align 8, !tbaa !9
  %22 = tail call double @llvm.fmuladd.f64(double %21, double %21, double %18)
  %23 = add nuw nsw i64 %17, 1
  %24 = add i64 %19, 1
  %25 = icmp eq i64 %24, %6
  br i1 %25, label %26, label %16, !llvm.loop !23

26:                                               ; preds = %10, %16, %2
  %27 = phi double [ 0.000000e+00, %2 ], [ %47, %10 ], [ %22, %16 ]
  %28 = tail call double @sqrt(double noundef %27) #10, !tbaa !5
  ret double %28

29:                                               ; preds = %29, %8
  %30 = phi i64 [ 0, %8 ], [ %48, %29 ]
  %31 = phi double [ 0.000000e+00, %8 ], [ %47, %29 ]
  %32 = phi i64 [ 0, %8 ], [ %49, %29 ]
  %33 = getelementptr inbounds nuw double, ptr %0, i64 %30
  %34 = load double, ptr %33, align 8, !tbaa !9
  %35 = tail call double @llvm.fmuladd.f64(double %34, double %34, double %31)
  %36 = getelementptr inbounds nuw double, ptr %0, i64 %30
  %37 = getelementptr inbounds nuw i8, ptr %36, i64 8
  %38 = load double, ptr %37, align 8, !tbaa !9
  %39 = tail call double @llvm.fmuladd.f64(double %38, double %38, double %35)
  %40 = getelementptr inbounds nuw double, ptr %0, i64 %30
  %41 = getelementptr inbounds nuw i8, ptr %40, i64 16
  %42 = load double, ptr %41, align 8, !tbaa !9
  %43 = tail call double @llvm.fmuladd.f64(double %42, double %42, double %39)
  %44 = getelementptr inbounds nuw double, ptr %0, i64 %30
  %45 = getelementptr inbounds nuw i8, ptr %44, i64 24
  %46 = load double, ptr %45, align 8, !tbaa !9
  %47 = tail call double @llvm.fmuladd.f64(double %46, double %46, double %43)
  %48 = add nuw nsw i64 %30, 4
  %49 = add i64 %32, 4
  %50 = icmp eq i64 %49, %9
  br i1 %50, label %10, label %29, !llvm.loop !24
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sqrt(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef x86_fp80 @ld_poly(x86_fp80 noundef %0) local_unnamed_addr #5 {
  %2 = tail call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %0, x86_fp80 0xK4000C000000000000000, x86_fp80 0xK40008000000000000000)
  %3 = tail call x86_fp80 @llvm.fmuladd.f80(x86_fp80 %2, x86_fp80 %0, x86_fp80 0xKC001F000000000000000)
  %4 = fadd x86_fp80 %0, 0xK3FFF8000000000000000
  %5 = fdiv x86_fp80 %3, %4
  ret x86_fp80 %5
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare x86_fp80 @llvm.fmuladd.f80(x86_fp80, x86_fp80, x86_fp80) #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local x86_fp80 @ld_sum(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %29

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  %6 = and i64 %5, 3
  %7 = icmp ult i32 %1, 4
  br i1 %7, label %12, label %8

8:                                                ; preds = %4
  %9 = and i64 %5, 2147483644
  br label %31

10:                                               ; preds = %31
  %11 = icmp eq i64 %6, 0
  br i1 %11, label %29, label %12

12:                                               ; preds = %10, %4
  %13 = phi i64 [ 0, %4 ], [ %58, %10 ]
  %14 = phi x86_fp80 [ 0xK00000000000000000000, %4 ], [ %62, %10 ]
  %15 = icmp ne i64 %6, 0
  tail call void @llvm.assume(i1 %15)
  br label %16

16:                                               ; preds = %16, %12
  %17 = phi i64 [ %13, %12 ], [ %22, %16 ]
  %18 = phi x86_fp80 [ %14, %12 ], [ %26, %16 ]
  %19 = phi i64 [ 0, %12 ], [ %27, %16 ]
  %20 = getelementptr inbounds nuw x86_fp80, ptr %0, i64 %17
  %21 = load x86_fp80, ptr %20, align 16, !tbaa !25
  %22 = add nuw nsw i64 %17, 1
  %23 = trunc nuw nsw i64 %22 to i32
  %24 = uitofp nneg i32 %23 to x86_fp80
  %25 = fdiv x86_fp80 %21, %24
  %26 = fadd x86_fp80 %18, %25
  %27 = add i64 %19, 1
  %28 = icmp eq i64 %27, %6
  br i1 %28, label %29, label %16, !llvm.loop !27

29:                                               ; preds = %10, %16, %2
  %30 = phi x86_fp80 [ 0xK00000000000000000000, %2 ], [ %62, %10 ], [ %26, %16 ]
  ret x86_fp80 %30

31:                                               ; preds = %31, %8
  %32 = phi i64 [ 0, %8 ], [ %58, %31 ]
  %33 = phi x86_fp80 [ 0xK00000000000000000000, %8 ], [ %62, %31 ]
  %34 = phi i64 [ 0, %8 ], [ %63, %31 ]
  %35 = getelementptr inbounds nuw x86_fp80, ptr %0, i64 %32
  %36 = load x86_fp80, ptr %35, align 16, !tbaa !25
  %37 = or disjoint i64 %32, 1
  %38 = trunc nuw nsw i64 %37 to i32
  %39 = uitofp nneg i32 %38 to x86_fp80
  %40 = fdiv x86_fp80 %36, %39
  %41 = fadd x86_fp80 %33, %40
  %42 = getelementptr inbounds nuw x86_fp80, ptr %0, i64 %37
  %43 = load x86_fp80, ptr %42, align 16, !tbaa !25
  %44 = or disjoint i64 %32, 2
  %45 = trunc nuw nsw i64 %44 to i32
  %46 = uitofp nneg i32 %45 to x86_fp80
  %47 = fdiv x86_fp80 %43, %46
  %48 = fadd x86_fp80 %41, %47
  %49 = getelementptr inbounds nuw x86_fp80, ptr %0, i64 %44
  %50 = load x86_fp80, ptr %49, align 16, !tbaa !25
  %51 = or disjoint i64 %32, 3
  %52 = trunc nuw nsw i64 %51 to i32
  %53 = uitofp nneg i32 %52 to x86_fp80
  %54 = fdiv x86_fp80 %50, %53
  %55 = fadd x86_fp80 %48, %54
  %56 = getelementptr inbounds nuw x86_fp80, ptr %0, i64 %51
  %57 = load x86_fp80, ptr %56, align 16, !tbaa !25
  %58 = add nuw nsw i64 %32, 4
  %59 = trunc nuw nsw i64 %58 to i32
  %60 = uitofp nneg i32 %59 to x86_fp80
  %61 = fdiv x86_fp80 %57, %60
  %62 = fadd x86_fp80 %55, %61
  %63 = add i64 %34, 4
  %64 = icmp eq i64 %63, %9
  br i1 %64, label %10, label %31, !llvm.loop !28
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i64 @conversions(double noundef %0, float noundef %1, x86_fp80 noundef %2, i64 noundef %3) local_unnamed_addr #5 {
  %5 = uitofp i64 %3 to double
  %6 = fptosi float %1 to i64
  %7 = sitofp i64 %6 to double
  %8 = fadd double %7, %5
  %9 = fptoui double %0 to i64
  %10 = fptosi x86_fp80 %2 to i64
  %11 = uitofp i64 %3 to float
  %12 = fptosi double %8 to i64
  %13 = fptosi float %11 to i64
  %14 = add i64 %10, %9
  %15 = add i64 %14, %13
  %16 = add i64 %15, %12
  ret i64 %16
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local double @rotate(double noundef %0, double noundef %1, double noundef %2) local_unnamed_addr #6 {
  %4 = tail call double @cos(double noundef %2) #10, !tbaa !5
  %5 = tail call double @sin(double noundef %2) #10, !tbaa !5
  %6 = fneg double %5
  %7 = fmul double %1, %6
  %8 = tail call double @llvm.fmuladd.f64(double %0, double %4, double %7)
  %9 = tail call double @pow(double noundef %0, double noundef %1) #10, !tbaa !5
  %10 = fadd double %9, %8
  ret double %10
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @cos(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sin(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @pow(double noundef, double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef float @clampf(float noundef %0, float noundef %1, float noundef %2) local_unnamed_addr #5 {
  %4 = fcmp olt float %0, %1
  %5 = fcmp ogt float %0, %2
  %6 = select i1 %5, float %2, float %0
  %7 = select i1 %4, float %1, float %6
  %8 = tail call float @llvm.fabs.f32(float %7)
  ret float %8
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #1

; Function Attrs: nounwind uwtable
define dso_local { double, double } @cmul(double noundef %0, double noundef %1, double noundef %2, double noundef %3) local_unnamed_addr #7 {
  %5 = fmul double %0, %2
  %6 = fmul double %1, %3
  %7 = fmul double %0, %3
  %8 = fmul double %1, %2
  %9 = fsub double %5, %6
  %10 = fadd double %8, %7
  %11 = fcmp uno double %9, 0.000000e+00
  br i1 %11, label %12, label %18, !prof !29

12:                                               ; preds = %4
  %13 = fcmp uno double %10, 0.000000e+00
  br i1 %13, label %14, label %18, !prof !29

14:                                               ; preds = %12
  %15 = tail call { double, double } @__muldc3(double noundef %0, double noundef %1, double noundef %2, double noundef %3) #10
  %16 = extractvalue { double, double } %15, 0
  %17 = extractvalue { double, double } %15, 1
  br label %18

18:                                               ; preds = %14, %12, %4
  %19 = phi double [ %9, %4 ], [ %9, %12 ], [ %16, %14 ]
  %20 = phi double [ %10, %4 ], [ %10, %12 ], [ %17, %14 ]
  %21 = insertvalue { double, double } poison, double %19, 0
  %22 = insertvalue { double, double } %21, double %20, 1
  ret { double, double } %22
}

declare { double, double } @__muldc3(double, double, double, double) local_unnamed_addr

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #8

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>) #9

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #9 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #10 = { nounwind }

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
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!16, !16, i64 0}
!16 = !{!"float", !7, i64 0}
!17 = distinct !{!17, !12}
!18 = distinct !{!18, !14}
!19 = distinct !{!19, !14, !20, !21}
!20 = !{!"llvm.loop.isvectorized", i32 1}
!21 = !{!"llvm.loop.unroll.runtime.disable"}
!22 = distinct !{!22, !14, !21, !20}
!23 = distinct !{!23, !12}
!24 = distinct !{!24, !14}
!25 = !{!26, !26, i64 0}
!26 = !{!"long double", !7, i64 0}
!27 = distinct !{!27, !12}
!28 = distinct !{!28, !14}
!29 = !{!"branch_weights", i32 1, i32 1048575}
