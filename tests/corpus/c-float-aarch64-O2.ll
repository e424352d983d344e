; ModuleID = 'float.c'
source_filename = "float.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local double @horner(ptr noundef readonly captures(none) %0, i32 noundef %1, double noundef %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %5, label %7

5:                                                ; preds = %3
  %6 = zext nneg i32 %1 to i64
  br label %9

7:                                                ; preds = %9, %3
  %8 = phi double [ 0.000000e+00, %3 ], [ %15, %9 ]
  ret double %8

9:                                                ; preds = %5, %9
  %10 = phi i64 [ %6, %5 ], [ %12, %9 ]
  %11 = phi double [ 0.000000e+00, %5 ], [ %15, %9 ]
  %12 = add nsw i64 %10, -1
  %13 = getelementptr inbounds nuw double, ptr %0, i64 %12
  %14 = load double, ptr %13, align 8, !tbaa !10
  %15 = tail call double @llvm.fmuladd.f64(double %11, double %2, double %14)
  %16 = icmp samesign ugt i64 %10, 1
  br i1 %16, label %9, label %7, !llvm.loop !12
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local float @dot_f32(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %2, 0
  br i1 %4, label %5, label %32

5:                                                ; preds = %3
  %6 = zext nneg i32 %2 to i64
  %7 = icmp ult i32 %2, 8
  br i1 %7, label %29, label %8

8:                                                ; preds = %5
  %9 = and i64 %6, 2147483640
  br label %10

10:                                               ; preds = %10, %8
  %11 = phi i64 [ 0, %8 ], [ %25, %10 ]
  %12 = phi float [ 0.000000e+00, %8 ], [ %24, %10 ]
  %13 = getelementptr inbounds nuw float, ptr %0, i64 %11
  %14 = getelementptr inbounds nuw i8, ptr %13, i64 16
  %15 = load <4 x float>, ptr %13, align 4, !tbaa !14
  %16 = load <4 x float>, ptr %14, align 4, !tbaa !14
  %17 = getelementptr inbounds nuw float, ptr %1, i64 %11
  %18 = getelementptr inbounds nuw i8, ptr %17, i64 16
  %19 = load <4 x float>, ptr %17, align 4, !tbaa !14
  %20 = load <4 x float>, ptr %18, align 4, !tbaa !14
  %21 = fmul <4 x float> %15, %19
  %22 = fmul <4 x float> %16, %20
  %23 = tail call float @llvm.vector.reduce.fadd.v4f32(float %12, <4 x float> %21)
  %24 = tail call float @llvm.vector.reduce.fadd.v4f32(float %23, <4 x float> %22)
  %25 = add nuw i64 %11, 8
  %26 = icmp eq i64 %25, %9
  br i1 %26, label %27, label %10, !llvm.loop !16

27:                                               ; preds = %10
  %28 = icmp eq i64 %9, %6
  br i1 %28, label %32, label %29

29:                                               ; preds = %5, %27
  %30 = phi i64 [ 0, %5 ], [ %9, %27 ]
  %31 = phi float [ 0.000000e+00, %5 ], [ %24, %27 ]
  br label %34

32:                                               ; preds = %34, %27, %3
  %33 = phi float [ 0.000000e+00, %3 ], [ %24, %27 ], [ %41, %34 ]
  ret float %33

34:                                               ; preds = %29, %34
  %35 = phi i64 [ %42, %34 ], [ %30, %29 ]
  %36 = phi float [ %41, %34 ], [ %31, %29 ]
  %37 = getelementptr inbounds nuw float, ptr %0, i64 %35
  %38 = load float, ptr %37, align 4, !tbaa !14
  %39 = getelementptr inbounds nuw float, ptr %1, i64 %35
  %40 = load float, ptr %39, align 4, !tbaa !14
  %41 = tail call float @llvm.fmuladd.f32(float %38, float %40, float %36)
  %42 = add nuw nsw i64 %35, 1
  %43 = icmp eq i64 %42, %6
  br i1 %43, label %32, label %34, !llvm.loop !19
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
  %17 = load <4 x float>, ptr %15, align 4, !tbaa !14
  %18 = load <4 x float>, ptr %16, align 4, !tbaa !14
  %19 = getelementptr inbounds nuw float, ptr %0, i64 %14
  %20 = getelementptr inbounds nuw i8, ptr %19, i64 16
  %21 = load <4 x float>, ptr %19, align 4, !tbaa !14
  %22 = load <4 x float>, ptr %20, align 4, !tbaa !14
  %23 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %12, <4 x float> %17, <4 x float> %21)
  %24 = tail call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %12, <4 x float> %18, <4 x float> %22)
  store <4 x float> %23, ptr %19, align 4, !tbaa !14
  store <4 x float> %24, ptr %20, align 4, !tbaa !14
  %25 = add nuw i64 %14, 8
  %26 = icmp eq i64 %25, %10
  br i1 %26, label %27, label %13, !llvm.loop !20

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
  %35 = load float, ptr %34, align 4, !tbaa !14
  %36 = getelementptr inbounds nuw float, ptr %0, i64 %33
  %37 = load float, ptr %36, align 4, !tbaa !14
  %38 = tail call float @llvm.fmuladd.f32(float %2, float %35, float %37)
  store float %38, ptr %36, align 4, !tbaa !14
  %39 = add nuw nsw i64 %33, 1
  %40 = icmp eq i64 %39, %7
  br i1 %40, label %31, label %32, !llvm.loop !21
}

; Function Attrs: nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable
define dso_local double @norm(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #3 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %27

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  %6 = icmp ult i32 %1, 4
  br i1 %6, label %24, label %7

7:                                                ; preds = %4
  %8 = and i64 %5, 2147483644
  br label %9

9:                                                ; preds = %9, %7
  %10 = phi i64 [ 0, %7 ], [ %20, %9 ]
  %11 = phi double [ 0.000000e+00, %7 ], [ %19, %9 ]
  %12 = getelementptr inbounds nuw double, ptr %0, i64 %10
  %13 = getelementptr inbounds nuw i8, ptr %12, i64 16
  %14 = load <2 x double>, ptr %12, align 8, !tbaa !10
  %15 = load <2 x double>, ptr %13, align 8, !tbaa !10
  %16 = fmul <2 x double> %14, %14
  %17 = fmul <2 x double> %15, %15
  %18 = tail call double @llvm.vector.reduce.fadd.v2f64(double %11, <2 x double> %16)
  %19 = tail call double @llvm.vector.reduce.fadd.v2f64(double %18, <2 x double> %17)
  %20 = add nuw i64 %10, 4
  %21 = icmp eq i64 %20, %8
  br i1 %21, label %22, label %9, !llvm.loop !22

22:                                               ; preds = %9
  %23 = icmp eq i64 %8, %5
  br i1 %23, label %27, label %24

24:                                               ; preds = %4, %22
  %25 = phi i64 [ 0, %4 ], [ %8, %22 ]
  %26 = phi double [ 0.000000e+00, %4 ], [ %19, %22 ]
  br label %30

27:                                               ; preds = %30, %22, %2
  %28 = phi double [ 0.000000e+00, %2 ], [ %19, %22 ], [ %35, %30 ]
  %29 = tail call double @sqrt(double noundef %28) #10, !tbaa !6
  ret double %29

30:                                               ; preds = %24, %30
  %31 = phi i64 [ %36, %30 ], [ %25, %24 ]
  %32 = phi double [ %35, %30 ], [ %26, %24 ]
  %33 = getelementptr inbounds nuw double, ptr %0, i64 %31
  %34 = load double, ptr %33, align 8, !tbaa !10
  %35 = tail call double @llvm.fmuladd.f64(double %34, double %34, double %32)
  %36 = add nuw nsw i64 %31, 1
  %37 = icmp eq i64 %36, %5
  br i1 %37, label %27, label %30, !llvm.loop !23
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sqrt(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef fp128 @ld_poly(fp128 noundef %0) local_unnamed_addr #5 {
  %2 = tail call fp128 @llvm.fmuladd.f128(fp128 %0, fp128 0xL00000000000000004000800000000000, fp128 0xL00000000000000004000000000000000)
  %3 = tail call fp128 @llvm.fmuladd.f128(fp128 %2, fp128 %0, fp128 0xL0000000000000000C001E00000000000)
  %4 = fadd fp128 %0, 0xL00000000000000003FFF000000000000
  %5 = fdiv fp128 %3, %4
  ret fp128 %5
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare fp128 @llvm.fmuladd.f128(fp128, fp128, fp128) #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local fp128 @ld_sum(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %34

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  %6 = icmp eq i32 %1, 1
  br i1 %6, label %31, label %7

7:                                                ; preds = %4
  %8 = and i64 %5, 2147483646
  br label %9

9:                                                ; preds = %9, %7
  %10 = phi i64 [ 0, %7 ], [ %27, %9 ]
  %11 = phi fp128 [ 0xL00000000000000000000000000000000, %7 ], [ %26, %9 ]
  %12 = getelementptr inbounds nuw fp128, ptr %0, i64 %10
  %13 = getelementptr inbounds nuw fp128, ptr %0, i64 %10
  %14 = getelementptr inbounds nuw i8, ptr %13, i64 16
  %15 = load fp128, ptr %12, align 16, !tbaa !24
  %16 = load fp128, ptr %14, align 16, !tbaa !24
  %17 = trunc i64 %10 to i32
  %18 = or disjoint i32 %17, 1
  %19 = trunc i64 %10 to i32
  %20 = add i32 %19, 2
  %21 = uitofp nneg i32 %18 to fp128
  %22 = uitofp nneg i32 %20 to fp128
  %23 = fdiv fp128 %15, %21
  %24 = fdiv fp128 %16, %22
  %25 = fadd fp128 %11, %23
  %26 = fadd fp128 %25, %24
  %27 = add nuw i64 %10, 2
  %28 = icmp eq i64 %27, %8
  br i1 %28, label %29, label %9, !llvm.loop !26

29:                                               ; preds = %9
  %30 = icmp eq i64 %8, %5
  br i1 %30, label %34, label %31

31:                                               ; preds = %4, %29
  %32 = phi i64 [ 0, %4 ], [ %8, %29 ]
  %33 = phi fp128 [ 0xL00000000000000000000000000000000, %4 ], [ %26, %29 ]
  br label %36

34:                                               ; preds = %36, %29, %2
  %35 = phi fp128 [ 0xL00000000000000000000000000000000, %2 ], [ %26, %29 ], [ %45, %36 ]
  ret fp128 %35

36:                                               ; preds = %31, %36
  %37 = phi i64 [ %41, %36 ], [ %32, %31 ]
  %38 = phi fp128 [ %45, %36 ], [ %33, %31 ]
  %39 = getelementptr inbounds nuw fp128, ptr %0, i64 %37
  %40 = load fp128, ptr %39, align 16, !tbaa !24
  %41 = add nuw nsw i64 %37, 1
  %42 = trunc nuw nsw i64 %41 to i32
  %43 = uitofp nneg i32 %42 to fp128
  %44 = fdiv fp128 %40, %43
  %45 = fadd fp128 %38, %44
  %46 = icmp eq i64 %41, %5
  br i1 %46, label %34, label %36, !llvm.loop !27
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i64 @conversions(double noundef %0, float noundef %1, fp128 noundef %2, i64 noundef %3) local_unnamed_addr #5 {
  %5 = uitofp i64 %3 to double
  %6 = fptosi float %1 to i64
  %7 = sitofp i64 %6 to double
  %8 = fadd double %7, %5
  %9 = fptoui double %0 to i64
  %10 = fptosi fp128 %2 to i64
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
  %4 = tail call double @cos(double noundef %2) #10, !tbaa !6
  %5 = tail call double @sin(double noundef %2) #10, !tbaa !6
  %6 = fneg double %5
  %7 = fmul double %1, %6
  %8 = tail call double @llvm.fmuladd.f64(double %0, double %4, double %7)
  %9 = tail call double @pow(double noundef %0, double noundef %1) #10, !tbaa !6
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
define dso_local { double, double } @cmul([2 x double] noundef alignstack(8) %0, [2 x double] noundef alignstack(8) %1) local_unnamed_addr #7 {
  %3 = extractvalue [2 x double] %0, 0
  %4 = extractvalue [2 x double] %0, 1
  %5 = extractvalue [2 x double] %1, 0
  %6 = extractvalue [2 x double] %1, 1
  %7 = fmul double %3, %5
  %8 = fmul double %4, %6
  %9 = fmul double %3, %6
  %10 = fmul double %4, %5
  %11 = fsub double %7, %8
  %12 = fadd double %9, %10
  %13 = fcmp uno double %11, 0.000000e+00
  br i1 %13, label %14, label %20, !prof !28

14:                                               ; preds = %2
  %15 = fcmp uno double %12, 0.000000e+00
  br i1 %15, label %16, label %20, !prof !28

16:                                               ; preds = %14
  %17 = tail call { double, double } @__muldc3(double noundef %3, double noundef %4, double noundef %5, double noundef %6) #10
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

declare { double, double } @__muldc3(double, double, double, double) local_unnamed_addr

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v4f32(float, <4 x float>) #8

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>) #9

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.vector.reduce.fadd.v2f64(double, <2 x double>) #8

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nofree norecurse nounwind memory(argmem: read, errnomem: write) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { nounwind uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #10 = { nounwind }

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
!10 = !{!11, !11, i64 0}
!11 = !{!"double", !8, i64 0}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!15, !15, i64 0}
!15 = !{!"float", !8, i64 0}
!16 = distinct !{!16, !13, !17, !18}
!17 = !{!"llvm.loop.isvectorized", i32 1}
!18 = !{!"llvm.loop.unroll.runtime.disable"}
!19 = distinct !{!19, !13, !18, !17}
!20 = distinct !{!20, !13, !17, !18}
!21 = distinct !{!21, !13, !18, !17}
!22 = distinct !{!22, !13, !17, !18}
!23 = distinct !{!23, !13, !18, !17}
!24 = !{!25, !25, i64 0}
!25 = !{!"long double", !8, i64 0}
!26 = distinct !{!26, !13, !17, !18}
!27 = distinct !{!27, !13, !17}
!28 = !{!"branch_weights", i32 1, i32 1048575}
