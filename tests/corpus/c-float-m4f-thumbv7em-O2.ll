; ModuleID = 'float.c'
source_filename = "float.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "thumbv7em-unknown-none-eabihf"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read)
define dso_local double @horner(ptr noundef readonly captures(none) %0, i32 noundef %1, double noundef %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %5, label %30

5:                                                ; preds = %3
  %6 = and i32 %1, 3
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %25, label %8

8:                                                ; preds = %5
  %9 = add nsw i32 %1, -1
  %10 = getelementptr inbounds nuw double, ptr %0, i32 %9
  %11 = load double, ptr %10, align 8, !tbaa !7
  %12 = tail call double @llvm.fmuladd.f64(double %2, double 0.000000e+00, double %11)
  %13 = icmp eq i32 %6, 1
  br i1 %13, label %25, label %14

14:                                               ; preds = %8
  %15 = add nsw i32 %1, -2
  %16 = getelementptr inbounds nuw double, ptr %0, i32 %15
  %17 = load double, ptr %16, align 8, !tbaa !7
  %18 = tail call double @llvm.fmuladd.f64(double %12, double %2, double %17)
  %19 = icmp eq i32 %6, 2
  br i1 %19, label %25, label %20

20:                                               ; preds = %14
  %21 = add nsw i32 %1, -3
  %22 = getelementptr inbounds nuw double, ptr %0, i32 %21
  %23 = load double, ptr %22, align 8, !tbaa !7
  %24 = tail call double @llvm.fmuladd.f64(double %18, double %2, double %23)
  br label %25

25:                                               ; preds = %8, %14, %20, %5
  %26 = phi i32 [ %1, %5 ], [ %9, %8 ], [ %15, %14 ], [ %21, %20 ]
  %27 = phi double [ 0.000000e+00, %5 ], [ %12, %8 ], [ %18, %14 ], [ %24, %20 ]
  %28 = phi double [ poison, %5 ], [ %12, %8 ], [ %18, %14 ], [ %24, %20 ]
  %29 = icmp ult i32 %1, 4
  br i1 %29, label %30, label %32

30:                                               ; preds = %25, %32, %3
  %31 = phi double [ 0.000000e+00, %3 ], [ %28, %25 ], [ %50, %32 ]
  ret double %31

32:                                               ; preds = %25, %32
  %33 = phi i32 [ %47, %32 ], [ %26, %25 ]
  %34 = phi double [ %50, %32 ], [ %27, %25 ]
  %35 = getelementptr double, ptr %0, i32 %33
  %36 = getelementptr i8, ptr %35, i32 -8
  %37 = load double, ptr %36, align 8, !tbaa !7
  %38 = tail call double @llvm.fmuladd.f64(double %34, double %2, double %37)
  %39 = getelementptr double, ptr %0, i32 %33
  %40 = getelementptr i8, ptr %39, i32 -16
  %41 = load double, ptr %40, align 8, !tbaa !7
  %42 = tail call double @llvm.fmuladd.f64(double %38, double %2, double %41)
  %43 = getelementptr double, ptr %0, i32 %33
  %44 = getelementptr i8, ptr %43, i32 -24
  %45 = load double, ptr %44, align 8, !tbaa !7
  %46 = tail call double @llvm.fmuladd.f64(double %42, double %2, double %45)
  %47 = add nsw i32 %33, -4
  %48 = getelementptr inbounds nuw double, ptr %0, i32 %47
  %49 = load double, ptr %48, align 8, !tbaa !7
  %50 = tail call double @llvm.fmuladd.f64(double %46, double %2, double %49)
  %51 = icmp sgt i32 %33, 4
  br i1 %51, label %32, label %30, !llvm.loop !9
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read)
define dso_local float @dot_f32(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %2, 0
  br i1 %4, label %5, label %37

5:                                                ; preds = %3
  %6 = and i32 %2, 3
  %7 = icmp ult i32 %2, 4
  br i1 %7, label %12, label %8

8:                                                ; preds = %5
  %9 = and i32 %2, 2147483644
  br label %39

10:                                               ; preds = %39
  %11 = icmp eq i32 %6, 0
  br i1 %11, label %37, label %12

12:                                               ; preds = %10, %5
  %13 = phi i32 [ 0, %5 ], [ %66, %10 ]
  %14 = phi float [ 0.000000e+00, %5 ], [ %65, %10 ]
  %15 = icmp ne i32 %6, 0
  tail call void @llvm.assume(i1 %15)
  %16 = getelementptr inbounds nuw float, ptr %0, i32 %13
  %17 = load float, ptr %16, align 4, !tbaa !11
  %18 = getelementptr inbounds nuw float, ptr %1, i32 %13
  %19 = load float, ptr %18, align 4, !tbaa !11
  %20 = tail call float @llvm.fmuladd.f32(float %17, float %19, float %14)
  %21 = icmp eq i32 %6, 1
  br i1 %21, label %37, label %22

22:                                               ; preds = %12
  %23 = add nuw nsw i32 %13, 1
  %24 = getelementptr inbounds nuw float, ptr %0, i32 %23
  %25 = load float, ptr %24, align 4, !tbaa !11
  %26 = getelementptr inbounds nuw float, ptr %1, i32 %23
  %27 = load float, ptr %26, align 4, !tbaa !11
  %28 = tail call float @llvm.fmuladd.f32(float %25, float %27, float %20)
  %29 = icmp eq i32 %6, 2
  br i1 %29, label %37, label %30

30:                                               ; preds = %22
  %31 = add nuw nsw i32 %13, 2
  %32 = getelementptr inbounds nuw float, ptr %0, i32 %31
  %33 = load float, ptr %32, align 4, !tbaa !11
  %34 = getelementptr inbounds nuw float, ptr %1, i32 %31
  %35 = load float, ptr %34, align 4, !tbaa !11
  %36 = tail call float @llvm.fmuladd.f32(float %33, float %35, float %28)
  br label %37

37:                                               ; preds = %10, %30, %22, %12, %3
  %38 = phi float [ 0.000000e+00, %3 ], [ %65, %10 ], [ %20, %12 ], [ %28, %22 ], [ %36, %30 ]
  ret float %38

39:                                               ; preds = %39, %8
  %40 = phi i32 [ 0, %8 ], [ %66, %39 ]
  %41 = phi float [ 0.000000e+00, %8 ], [ %65, %39 ]
  %42 = phi i32 [ 0, %8 ], [ %67, %39 ]
  %43 = getelementptr inbounds nuw float, ptr %0, i32 %40
  %44 = load float, ptr %43, align 4, !tbaa !11
  %45 = getelementptr inbounds nuw float, ptr %1, i32 %40
  %46 = load float, ptr %45, align 4, !tbaa !11
  %47 = tail call float @llvm.fmuladd.f32(float %44, float %46, float %41)
  %48 = or disjoint i32 %40, 1
  %49 = getelementptr inbounds nuw float, ptr %0, i32 %48
  %50 = load float, ptr %49, align 4, !tbaa !11
  %51 = getelementptr inbounds nuw float, ptr %1, i32 %48
  %52 = load float, ptr %51, align 4, !tbaa !11
  %53 = tail call float @llvm.fmuladd.f32(float %50, float %52, float %47)
  %54 = or disjoint i32 %40, 2
  %55 = getelementptr inbounds nuw float, ptr %0, i32 %54
  %56 = load float, ptr %55, align 4, !tbaa !11
  %57 = getelementptr inbounds nuw float, ptr %1, i32 %54
  %58 = load float, ptr %57, align 4, !tbaa !11
  %59 = tail call float @llvm.fmuladd.f32(float %56, float %58, float %53)
  %60 = or disjoint i32 %40, 3
  %61 = getelementptr inbounds nuw float, ptr %0, i32 %60
  %62 = load float, ptr %61, align 4, !tbaa !11
  %63 = getelementptr inbounds nuw float, ptr %1, i32 %60
  %64 = load float, ptr %63, align 4, !tbaa !11
  %65 = tail call float @llvm.fmuladd.f32(float %62, float %64, float %59)
  %66 = add nuw nsw i32 %40, 4
  %67 = add i32 %42, 4
  %68 = icmp eq i32 %67, %9
  br i1 %68, label %10, label %39, !llvm.loop !13
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define dso_local void @saxpy(ptr noalias noundef captures(none) %0, ptr noalias noundef readonly captures(none) %1, float noundef %2, i32 noundef %3) local_unnamed_addr #2 {
  %5 = icmp sgt i32 %3, 0
  br i1 %5, label %6, label %37

6:                                                ; preds = %4
  %7 = and i32 %3, 3
  %8 = icmp ult i32 %3, 4
  br i1 %8, label %13, label %9

9:                                                ; preds = %6
  %10 = and i32 %3, 2147483644
  br label %38

11:                                               ; preds = %38
  %12 = icmp eq i32 %7, 0
  br i1 %12, label %37, label %13

13:                                               ; preds = %11, %6
  %14 = phi i32 [ 0, %6 ], [ %64, %11 ]
  %15 = icmp ne i32 %7, 0
  tail call void @llvm.assume(i1 %15)
  %16 = getelementptr inbounds nuw float, ptr %1, i32 %14
  %17 = load float, ptr %16, align 4, !tbaa !11
  %18 = getelementptr inbounds nuw float, ptr %0, i32 %14
  %19 = load float, ptr %18, align 4, !tbaa !11
  %20 = tail call float @llvm.fmuladd.f32(float %2, float %17, float %19)
  store float %20, ptr %18, align 4, !tbaa !11
  %21 = icmp eq i32 %7, 1
  br i1 %21, label %37, label %22

22:                                               ; preds = %13
  %23 = add nuw nsw i32 %14, 1
  %24 = getelementptr inbounds nuw float, ptr %1, i32 %23
  %25 = load float, ptr %24, align 4, !tbaa !11
  %26 = getelementptr inbounds nuw float, ptr %0, i32 %23
  %27 = load float, ptr %26, align 4, !tbaa !11
  %28 = tail call float @llvm.fmuladd.f32(float %2, float %25, float %27)
  store float %28, ptr %26, align 4, !tbaa !11
  %29 = icmp eq i32 %7, 2
  br i1 %29, label %37, label %30

30:                                               ; preds = %22
  %31 = add nuw nsw i32 %14, 2
  %32 = getelementptr inbounds nuw float, ptr %1, i32 %31
  %33 = load float, ptr %32, align 4, !tbaa !11
  %34 = getelementptr inbounds nuw float, ptr %0, i32 %31
  %35 = load float, ptr %34, align 4, !tbaa !11
  %36 = tail call float @llvm.fmuladd.f32(float %2, float %33, float %35)
  store float %36, ptr %34, align 4, !tbaa !11
  br label %37

37:                                               ; preds = %11, %30, %22, %13, %4
  ret void

38:                                               ; preds = %38, %9
  %39 = phi i32 [ 0, %9 ], [ %64, %38 ]
  %40 = phi i32 [ 0, %9 ], [ %65, %38 ]
  %41 = getelementptr inbounds nuw float, ptr %1, i32 %39
  %42 = load float, ptr %41, align 4, !tbaa !11
  %43 = getelementptr inbounds nuw float, ptr %0, i32 %39
  %44 = load float, ptr %43, align 4, !tbaa !11
  %45 = tail call float @llvm.fmuladd.f32(float %2, float %42, float %44)
  store float %45, ptr %43, align 4, !tbaa !11
  %46 = or disjoint i32 %39, 1
  %47 = getelementptr inbounds nuw float, ptr %1, i32 %46
  %48 = load float, ptr %47, align 4, !tbaa !11
  %49 = getelementptr inbounds nuw float, ptr %0, i32 %46
  %50 = load float, ptr %49, align 4, !tbaa !11
  %51 = tail call float @llvm.fmuladd.f32(float %2, float %48, float %50)
  store float %51, ptr %49, align 4, !tbaa !11
  %52 = or disjoint i32 %39, 2
  %53 = getelementptr inbounds nuw float, ptr %1, i32 %52
  %54 = load float, ptr %53, align 4, !tbaa !11
  %55 = getelementptr inbounds nuw float, ptr %0, i32 %52
  %56 = load float, ptr %55, align 4, !tbaa !11
  %57 = tail call float @llvm.fmuladd.f32(float %2, float %54, float %56)
  store float %57, ptr %55, align 4, !tbaa !11
  %58 = or disjoint i32 %39, 3
  %59 = getelementptr inbounds nuw float, ptr %1, i32 %58
  %60 = load float, ptr %59, align 4, !tbaa !11
  %61 = getelementptr inbounds nuw float, ptr %0, i32 %58
  %62 = load float, ptr %61, align 4, !tbaa !11
  %63 = tail call float @llvm.fmuladd.f32(float %2, float %60, float %62)
  store float %63, ptr %61, align 4, !tbaa !11
  %64 = add nuw nsw i32 %39, 4
  %65 = add i32 %40, 4
  %66 = icmp eq i32 %65, %10
  br i1 %66, label %11, label %38, !llvm.loop !14
}

; Function Attrs: nofree norecurse nounwind memory(argmem: read, errnomem: write)
define dso_local double @norm(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #3 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %30

4:                                                ; preds = %2
  %5 = and i32 %1, 3
  %6 = icmp ult i32 %1, 4
  br i1 %6, label %11, label %7

7:                                                ; preds = %4
  %8 = and i32 %1, 2147483644
  br label %33

9:                                                ; preds = %33
  %10 = icmp eq i32 %5, 0
  br i1 %10, label %30, label %11

11:                                               ; preds = %9, %4
  %12 = phi i32 [ 0, %4 ], [ %52, %9 ]
  %13 = phi double [ 0.000000e+00, %4 ], [ %51, %9 ]
  %14 = icmp ne i32 %5, 0
  tail call void @llvm.assume(i1 %14)
  %15 = getelementptr inbounds nuw double, ptr %0, i32 %12
  %16 = load double, ptr %15, align 8, !tbaa !7
  %17 = tail call double @llvm.fmuladd.f64(double %16, double %16, double %13)
  %18 = icmp eq i32 %5, 1
  br i1 %18, label %30, label %19

19:                                               ; preds = %11
  %20 = getelementptr inbounds nuw double, ptr %0, i32 %12
  %21 = getelementptr inbounds nuw i8, ptr %20, i32 8
  %22 = load double, ptr %21, align 8, !tbaa !7
  %23 = tail call double @llvm.fmuladd.f64(double %22, double %22, double %17)
  %24 = icmp eq i32 %5, 2
  br i1 %24, label %30, label %25

25:                                               ; preds = %19
  %26 = getelementptr inbounds nuw double, ptr %0, i32 %12
  %27 = getelementptr inbounds nuw i8, ptr %26, i32 16
  %28 = load double, ptr %27, align 8, !tbaa !7
  %29 = tail call double @llvm.fmuladd.f64(double %28, double %28, double %23)
  br label %30

30:                                               ; preds = %9, %25, %19, %11, %2
  %31 = phi double [ 0.000000e+00, %2 ], [ %51, %9 ], [ %17, %11 ], [ %23, %19 ], [ %29, %25 ]
  %32 = tail call double @sqrt(double noundef %31) #9, !tbaa !3
  ret double %32

33:                                               ; preds = %33, %7
  %34 = phi i32 [ 0, %7 ], [ %52, %33 ]
  %35 = phi double [ 0.000000e+00, %7 ], [ %51, %33 ]
  %36 = phi i32 [ 0, %7 ], [ %53, %33 ]
  %37 = getelementptr inbounds nuw double, ptr %0, i32 %34
  %38 = load double, ptr %37, align 8, !tbaa !7
  %39 = tail call double @llvm.fmuladd.f64(double %38, double %38, double %35)
  %40 = getelementptr inbounds nuw double, ptr %0, i32 %34
  %41 = getelementptr inbounds nuw i8, ptr %40, i32 8
  %42 = load double, ptr %41, align 8, !tbaa !7
  %43 = tail call double @llvm.fmuladd.f64(double %42, double %42, double %39)
  %44 = getelementptr inbounds nuw double, ptr %0, i32 %34
  %45 = getelementptr inbounds nuw i8, ptr %44, i32 16
  %46 = load double, ptr %45, align 8, !tbaa !7
  %47 = tail call double @llvm.fmuladd.f64(double %46, double %46, double %43)
  %48 = getelementptr inbounds nuw double, ptr %0, i32 %34
  %49 = getelementptr inbounds nuw i8, ptr %48, i32 24
  %50 = load double, ptr %49, align 8, !tbaa !7
  %51 = tail call double @llvm.fmuladd.f64(double %50, double %50, double %47)
  %52 = add nuw nsw i32 %34, 4
  %53 = add i32 %36, 4
  %54 = icmp eq i32 %53, %8
  br i1 %54, label %9, label %33, !llvm.loop !15
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare dso_local double @sqrt(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define dso_local noundef double @ld_poly(double noundef %0) local_unnamed_addr #5 {
  %2 = tail call double @llvm.fmuladd.f64(double %0, double 3.000000e+00, double 2.000000e+00)
  %3 = tail call double @llvm.fmuladd.f64(double %2, double %0, double -7.500000e+00)
  %4 = fadd double %0, 1.000000e+00
  %5 = fdiv double %3, %4
  ret double %5
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read)
define dso_local double @ld_sum(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %37

4:                                                ; preds = %2
  %5 = and i32 %1, 3
  %6 = icmp ult i32 %1, 4
  br i1 %6, label %11, label %7

7:                                                ; preds = %4
  %8 = and i32 %1, 2147483644
  br label %39

9:                                                ; preds = %39
  %10 = icmp eq i32 %5, 0
  br i1 %10, label %37, label %11

11:                                               ; preds = %9, %4
  %12 = phi i32 [ 0, %4 ], [ %63, %9 ]
  %13 = phi double [ 0.000000e+00, %4 ], [ %66, %9 ]
  %14 = icmp ne i32 %5, 0
  tail call void @llvm.assume(i1 %14)
  %15 = getelementptr inbounds nuw double, ptr %0, i32 %12
  %16 = load double, ptr %15, align 8, !tbaa !16
  %17 = add nuw nsw i32 %12, 1
  %18 = uitofp nneg i32 %17 to double
  %19 = fdiv double %16, %18
  %20 = fadd double %13, %19
  %21 = icmp eq i32 %5, 1
  br i1 %21, label %37, label %22

22:                                               ; preds = %11
  %23 = getelementptr inbounds nuw double, ptr %0, i32 %17
  %24 = load double, ptr %23, align 8, !tbaa !16
  %25 = add nuw nsw i32 %12, 2
  %26 = uitofp nneg i32 %25 to double
  %27 = fdiv double %24, %26
  %28 = fadd double %20, %27
  %29 = icmp eq i32 %5, 2
  br i1 %29, label %37, label %30

30:                                               ; preds = %22
  %31 = getelementptr inbounds nuw double, ptr %0, i32 %25
  %32 = load double, ptr %31, align 8, !tbaa !16
  %33 = add nuw nsw i32 %12, 3
  %34 = uitofp nneg i32 %33 to double
  %35 = fdiv double %32, %34
  %36 = fadd double %28, %35
  br label %37

37:                                               ; preds = %9, %30, %22, %11, %2
  %38 = phi double [ 0.000000e+00, %2 ], [ %66, %9 ], [ %20, %11 ], [ %28, %22 ], [ %36, %30 ]
  ret double %38

39:                                               ; preds = %39, %7
  %40 = phi i32 [ 0, %7 ], [ %63, %39 ]
  %41 = phi double [ 0.000000e+00, %7 ], [ %66, %39 ]
  %42 = phi i32 [ 0, %7 ], [ %67, %39 ]
  %43 = getelementptr inbounds nuw double, ptr %0, i32 %40
  %44 = load double, ptr %43, align 8, !tbaa !16
  %45 = or disjoint i32 %40, 1
  %46 = uitofp nneg i32 %45 to double
  %47 = fdiv double %44, %46
  %48 = fadd double %41, %47
  %49 = getelementptr inbounds nuw double, ptr %0, i32 %45
  %50 = load double, ptr %49, align 8, !tbaa !16
  %51 = or disjoint i32 %40, 2
  %52 = uitofp nneg i32 %51 to double
  %53 = fdiv double %50, %52
  %54 = fadd double %48, %53
  %55 = getelementptr inbounds nuw double, ptr %0, i32 %51
  %56 = load double, ptr %55, align 8, !tbaa !16
  %57 = or disjoint i32 %40, 3
  %58 = uitofp nneg i32 %57 to double
  %59 = fdiv double %56, %58
  %60 = fadd double %54, %59
  %61 = getelementptr inbounds nuw double, ptr %0, i32 %57
  %62 = load double, ptr %61, align 8, !tbaa !16
  %63 = add nuw nsw i32 %40, 4
  %64 = uitofp nneg i32 %63 to double
  %65 = fdiv double %62, %64
  %66 = fadd double %60, %65
  %67 = add i32 %42, 4
  %68 = icmp eq i32 %67, %8
  br i1 %68, label %9, label %39, !llvm.loop !18
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define dso_local i64 @conversions(double noundef %0, float noundef %1, double noundef %2, i64 noundef %3) local_unnamed_addr #5 {
  %5 = uitofp i64 %3 to double
  %6 = fptosi float %1 to i64
  %7 = sitofp i64 %6 to double
  %8 = fadd double %7, %5
  %9 = fptoui double %0 to i64
  %10 = fptosi double %2 to i64
  %11 = uitofp i64 %3 to float
  %12 = fptosi double %8 to i64
  %13 = fptosi float %11 to i64
  %14 = add i64 %10, %9
  %15 = add i64 %14, %13
  %16 = add i64 %15, %12
  ret i64 %16
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write)
define dso_local double @rotate(double noundef %0, double noundef %1, double noundef %2) local_unnamed_addr #6 {
  %4 = tail call double @cos(double noundef %2) #9, !tbaa !3
  %5 = tail call double @sin(double noundef %2) #9, !tbaa !3
  %6 = fneg double %5
  %7 = fmul double %1, %6
  %8 = tail call double @llvm.fmuladd.f64(double %0, double %4, double %7)
  %9 = tail call double @pow(double noundef %0, double noundef %1) #9, !tbaa !3
  %10 = fadd double %9, %8
  ret double %10
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare dso_local double @cos(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare dso_local double @sin(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare dso_local double @pow(double noundef, double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
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

; Function Attrs: nounwind
define dso_local { double, double } @cmul({ double, double } noundef %0, { double, double } noundef %1) local_unnamed_addr #7 {
  %3 = extractvalue { double, double } %0, 0
  %4 = extractvalue { double, double } %0, 1
  %5 = extractvalue { double, double } %1, 0
  %6 = extractvalue { double, double } %1, 1
  %7 = fmul double %3, %5
  %8 = fmul double %4, %6
  %9 = fmul double %3, %6
  %10 = fmul double %4, %5
  %11 = fsub double %7, %8
  %12 = fadd double %9, %10
  %13 = fcmp uno double %11, 0.000000e+00
  br i1 %13, label %14, label %20, !prof !19

14:                                               ; preds = %2
  %15 = fcmp uno double %12, 0.000000e+00
  br i1 %15, label %16, label %20, !prof !19

16:                                               ; preds = %14
  %17 = tail call { double, double } @__muldc3(double noundef %3, double noundef %4, double noundef %5, double noundef %6) #9
  %18 = extractvalue { double, double } %17, 0
  %19 = extractvalue { double, double } %17, 1
  br label %20

20:                                               ; preds = %16, %14, %2
  %21 = phi double [ %11, %2 ], [ %11, %14 ], [ %18, %16 ]
  %22 = phi double [ %12, %2 ], [ %12, %14 ], [ %19, %16 ]
  %23 = insertvalue { double, double } poison, double %21, 0
  %24 = insertvalue { double, double } %23, double %22, 1
  ret { double, double } %24
}

declare dso_local { double, double } @__muldc3(double, double, double, double) local_unnamed_addr

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #8

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+fp16,+hwdiv,+thumb-mode,+vfp2sp,+vfp3d16sp,+vfp4d16sp,-aes,-bf16,-cdecp0,-cdecp1,-cdecp2,-cdecp3,-cdecp4,-cdecp5,-cdecp6,-cdecp7,-crc,-crypto,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16fml,-fp64,-fullfp16,-hwdiv-arm,-i8mm,-lob,-mve,-mve.fp,-neon,-pacbti,-ras,-sb,-sha2,-vfp2,-vfp3,-vfp3d16,-vfp3sp,-vfp4,-vfp4d16,-vfp4sp" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+fp16,+hwdiv,+thumb-mode,+vfp2sp,+vfp3d16sp,+vfp4d16sp,-aes,-bf16,-cdecp0,-cdecp1,-cdecp2,-cdecp3,-cdecp4,-cdecp5,-cdecp6,-cdecp7,-crc,-crypto,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16fml,-fp64,-fullfp16,-hwdiv-arm,-i8mm,-lob,-mve,-mve.fp,-neon,-pacbti,-ras,-sb,-sha2,-vfp2,-vfp3,-vfp3d16,-vfp3sp,-vfp4,-vfp4d16,-vfp4sp" }
attributes #3 = { nofree norecurse nounwind memory(argmem: read, errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+fp16,+hwdiv,+thumb-mode,+vfp2sp,+vfp3d16sp,+vfp4d16sp,-aes,-bf16,-cdecp0,-cdecp1,-cdecp2,-cdecp3,-cdecp4,-cdecp5,-cdecp6,-cdecp7,-crc,-crypto,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16fml,-fp64,-fullfp16,-hwdiv-arm,-i8mm,-lob,-mve,-mve.fp,-neon,-pacbti,-ras,-sb,-sha2,-vfp2,-vfp3,-vfp3d16,-vfp3sp,-vfp4,-vfp4d16,-vfp4sp" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+fp16,+hwdiv,+thumb-mode,+vfp2sp,+vfp3d16sp,+vfp4d16sp,-aes,-bf16,-cdecp0,-cdecp1,-cdecp2,-cdecp3,-cdecp4,-cdecp5,-cdecp6,-cdecp7,-crc,-crypto,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16fml,-fp64,-fullfp16,-hwdiv-arm,-i8mm,-lob,-mve,-mve.fp,-neon,-pacbti,-ras,-sb,-sha2,-vfp2,-vfp3,-vfp3d16,-vfp3sp,-vfp4,-vfp4d16,-vfp4sp" }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+fp16,+hwdiv,+thumb-mode,+vfp2sp,+vfp3d16sp,+vfp4d16sp,-aes,-bf16,-cdecp0,-cdecp1,-cdecp2,-cdecp3,-cdecp4,-cdecp5,-cdecp6,-cdecp7,-crc,-crypto,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16fml,-fp64,-fullfp16,-hwdiv-arm,-i8mm,-lob,-mve,-mve.fp,-neon,-pacbti,-ras,-sb,-sha2,-vfp2,-vfp3,-vfp3d16,-vfp3sp,-vfp4,-vfp4d16,-vfp4sp" }
attributes #6 = { mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+fp16,+hwdiv,+thumb-mode,+vfp2sp,+vfp3d16sp,+vfp4d16sp,-aes,-bf16,-cdecp0,-cdecp1,-cdecp2,-cdecp3,-cdecp4,-cdecp5,-cdecp6,-cdecp7,-crc,-crypto,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16fml,-fp64,-fullfp16,-hwdiv-arm,-i8mm,-lob,-mve,-mve.fp,-neon,-pacbti,-ras,-sb,-sha2,-vfp2,-vfp3,-vfp3d16,-vfp3sp,-vfp4,-vfp4d16,-vfp4sp" }
attributes #7 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+fp16,+hwdiv,+thumb-mode,+vfp2sp,+vfp3d16sp,+vfp4d16sp,-aes,-bf16,-cdecp0,-cdecp1,-cdecp2,-cdecp3,-cdecp4,-cdecp5,-cdecp6,-cdecp7,-crc,-crypto,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16fml,-fp64,-fullfp16,-hwdiv-arm,-i8mm,-lob,-mve,-mve.fp,-neon,-pacbti,-ras,-sb,-sha2,-vfp2,-vfp3,-vfp3d16,-vfp3sp,-vfp4,-vfp4d16,-vfp4sp" }
attributes #8 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #9 = { nounwind }

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
!7 = !{!8, !8, i64 0}
!8 = !{!"double", !5, i64 0}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!12, !12, i64 0}
!12 = !{!"float", !5, i64 0}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
!16 = !{!17, !17, i64 0}
!17 = !{!"long double", !5, i64 0}
!18 = distinct !{!18, !10}
!19 = !{!"branch_weights", i32 1, i32 1048575}
