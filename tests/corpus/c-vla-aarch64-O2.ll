; ModuleID = 'vla.c'
source_filename = "vla.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

; Function Attrs: nounwind uwtable
define dso_local i32 @vla_sum(i32 noundef %0) local_unnamed_addr #0 {
  %2 = zext i32 %0 to i64
  %3 = alloca i32, i64 %2, align 4
  %4 = icmp sgt i32 %0, 0
  br i1 %4, label %5, label %24

5:                                                ; preds = %1
  %6 = icmp eq i32 %0, 1
  br i1 %6, label %22, label %7

7:                                                ; preds = %5
  %8 = and i64 %2, 2147483646
  br label %9

9:                                                ; preds = %9, %7
  %10 = phi i64 [ 0, %7 ], [ %18, %9 ]
  %11 = or disjoint i64 %10, 1
  %12 = mul nuw nsw i64 %10, %10
  %13 = mul nuw nsw i64 %11, %11
  %14 = getelementptr inbounds nuw i32, ptr %3, i64 %10
  %15 = getelementptr inbounds nuw i32, ptr %3, i64 %11
  %16 = trunc nuw i64 %12 to i32
  %17 = trunc nuw i64 %13 to i32
  store i32 %16, ptr %14, align 4, !tbaa !6
  store i32 %17, ptr %15, align 4, !tbaa !6
  %18 = add nuw i64 %10, 2
  %19 = icmp eq i64 %18, %8
  br i1 %19, label %20, label %9, !llvm.loop !10

20:                                               ; preds = %9
  %21 = icmp eq i64 %8, %2
  br i1 %21, label %26, label %22

22:                                               ; preds = %5, %20
  %23 = phi i64 [ 0, %5 ], [ %8, %20 ]
  br label %50

24:                                               ; preds = %1
  %25 = shl nuw nsw i64 %2, 2
  call void @sink(ptr noundef nonnull %3, i64 noundef %25) #9
  br label %57

26:                                               ; preds = %50, %20
  %27 = shl nuw nsw i64 %2, 2
  call void @sink(ptr noundef nonnull %3, i64 noundef %27) #9
  %28 = icmp ult i32 %0, 8
  br i1 %28, label %47, label %29

29:                                               ; preds = %26
  %30 = and i64 %2, 2147483640
  br label %31

31:                                               ; preds = %31, %29
  %32 = phi i64 [ 0, %29 ], [ %41, %31 ]
  %33 = phi <4 x i32> [ zeroinitializer, %29 ], [ %39, %31 ]
  %34 = phi <4 x i32> [ zeroinitializer, %29 ], [ %40, %31 ]
  %35 = getelementptr inbounds nuw i32, ptr %3, i64 %32
  %36 = getelementptr inbounds nuw i8, ptr %35, i64 16
  %37 = load <4 x i32>, ptr %35, align 4, !tbaa !6
  %38 = load <4 x i32>, ptr %36, align 4, !tbaa !6
  %39 = add <4 x i32> %37, %33
  %40 = add <4 x i32> %38, %34
  %41 = add nuw i64 %32, 8
  %42 = icmp eq i64 %41, %30
  br i1 %42, label %43, label %31, !llvm.loop !14

43:                                               ; preds = %31
  %44 = add <4 x i32> %40, %39
  %45 = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %44)
  %46 = icmp eq i64 %30, %2
  br i1 %46, label %57, label %47

47:                                               ; preds = %26, %43
  %48 = phi i64 [ 0, %26 ], [ %30, %43 ]
  %49 = phi i32 [ 0, %26 ], [ %45, %43 ]
  br label %59

50:                                               ; preds = %22, %50
  %51 = phi i64 [ %55, %50 ], [ %23, %22 ]
  %52 = mul nuw nsw i64 %51, %51
  %53 = getelementptr inbounds nuw i32, ptr %3, i64 %51
  %54 = trunc nuw i64 %52 to i32
  store i32 %54, ptr %53, align 4, !tbaa !6
  %55 = add nuw nsw i64 %51, 1
  %56 = icmp eq i64 %55, %2
  br i1 %56, label %26, label %50, !llvm.loop !15

57:                                               ; preds = %59, %43, %24
  %58 = phi i32 [ 0, %24 ], [ %45, %43 ], [ %64, %59 ]
  ret i32 %58

59:                                               ; preds = %47, %59
  %60 = phi i64 [ %65, %59 ], [ %48, %47 ]
  %61 = phi i32 [ %64, %59 ], [ %49, %47 ]
  %62 = getelementptr inbounds nuw i32, ptr %3, i64 %60
  %63 = load i32, ptr %62, align 4, !tbaa !6
  %64 = add nsw i32 %63, %61
  %65 = add nuw nsw i64 %60, 1
  %66 = icmp eq i64 %65, %2
  br i1 %66, label %57, label %59, !llvm.loop !16
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #1

declare void @sink(ptr noundef, i64 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @vla_matrix(i32 noundef %0, i32 noundef %1, ptr noundef writeonly captures(none) %2) local_unnamed_addr #3 {
  %4 = zext i32 %1 to i64
  %5 = zext i32 %0 to i64
  %6 = mul nuw i64 %4, %5
  %7 = alloca double, i64 %6, align 8
  %8 = icmp sgt i32 %0, 0
  br i1 %8, label %9, label %65

9:                                                ; preds = %3
  %10 = icmp sgt i32 %1, 0
  %11 = icmp ult i32 %1, 4
  %12 = and i64 %4, 2147483644
  %13 = icmp eq i64 %12, %4
  br label %14

14:                                               ; preds = %9, %43
  %15 = phi i64 [ 0, %9 ], [ %44, %43 ]
  br i1 %10, label %16, label %43

16:                                               ; preds = %14
  %17 = trunc nuw nsw i64 %15 to i32
  %18 = uitofp nneg i32 %17 to double
  %19 = mul nuw nsw i64 %15, %4
  %20 = getelementptr inbounds nuw double, ptr %7, i64 %19
  br i1 %11, label %38, label %21

21:                                               ; preds = %16
  %22 = insertelement <2 x double> poison, double %18, i64 0
  %23 = shufflevector <2 x double> %22, <2 x double> poison, <2 x i32> zeroinitializer
  br label %24

24:                                               ; preds = %24, %21
  %25 = phi i64 [ 0, %21 ], [ %34, %24 ]
  %26 = phi <2 x i32> [ <i32 0, i32 1>, %21 ], [ %35, %24 ]
  %27 = add <2 x i32> %26, splat (i32 2)
  %28 = uitofp nneg <2 x i32> %26 to <2 x double>
  %29 = uitofp nneg <2 x i32> %27 to <2 x double>
  %30 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %23, <2 x double> splat (double 5.000000e-01), <2 x double> %28)
  %31 = tail call <2 x double> @llvm.fmuladd.v2f64(<2 x double> %23, <2 x double> splat (double 5.000000e-01), <2 x double> %29)
  %32 = getelementptr inbounds nuw double, ptr %20, i64 %25
  %33 = getelementptr inbounds nuw i8, ptr %32, i64 16
  store <2 x double> %30, ptr %32, align 8, !tbaa !17
  store <2 x double> %31, ptr %33, align 8, !tbaa !17
  %34 = add nuw i64 %25, 4
  %35 = add <2 x i32> %26, splat (i32 4)
  %36 = icmp eq i64 %34, %12
  br i1 %36, label %37, label %24, !llvm.loop !19

37:                                               ; preds = %24
  br i1 %13, label %43, label %38

38:                                               ; preds = %16, %37
  %39 = phi i64 [ 0, %16 ], [ %12, %37 ]
  br label %46

40:                                               ; preds = %43
  %41 = icmp sgt i32 %1, 0
  %42 = shl nuw nsw i64 %4, 3
  br label %54

43:                                               ; preds = %46, %37, %14
  %44 = add nuw nsw i64 %15, 1
  %45 = icmp eq i64 %44, %5
  br i1 %45, label %40, label %14, !llvm.loop !20

46:                                               ; preds = %38, %46
  %47 = phi i64 [ %52, %46 ], [ %39, %38 ]
  %48 = trunc nuw nsw i64 %47 to i32
  %49 = uitofp nneg i32 %48 to double
  %50 = tail call double @llvm.fmuladd.f64(double %18, double 5.000000e-01, double %49)
  %51 = getelementptr inbounds nuw double, ptr %20, i64 %47
  store double %50, ptr %51, align 8, !tbaa !17
  %52 = add nuw nsw i64 %47, 1
  %53 = icmp eq i64 %52, %4
  br i1 %53, label %43, label %46, !llvm.loop !21

54:                                               ; preds = %40, %66
  %55 = phi i64 [ 0, %40 ], [ %67, %66 ]
  br i1 %41, label %56, label %66

56:                                               ; preds = %54
  %57 = trunc i64 %55 to i32
  %58 = xor i32 %57, -1
  %59 = add i32 %0, %58
  %60 = sext i32 %59 to i64
  %61 = mul i64 %42, %60
  %62 = getelementptr i8, ptr %7, i64 %61
  %63 = mul i64 %42, %55
  %64 = getelementptr i8, ptr %2, i64 %63
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %64, ptr align 8 %62, i64 %42, i1 false), !tbaa !17
  br label %66

65:                                               ; preds = %66, %3
  ret void

66:                                               ; preds = %56, %54
  %67 = add nuw nsw i64 %55, 1
  %68 = icmp eq i64 %67, %5
  br i1 %68, label %65, label %54, !llvm.loop !22
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #4

; Function Attrs: nounwind uwtable
define dso_local i64 @alloca_loop(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %6

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  br label %8

6:                                                ; preds = %8, %2
  %7 = phi i64 [ 0, %2 ], [ %16, %8 ]
  ret i64 %7

8:                                                ; preds = %4, %8
  %9 = phi i64 [ 0, %4 ], [ %17, %8 ]
  %10 = phi i64 [ 0, %4 ], [ %16, %8 ]
  %11 = getelementptr inbounds nuw i64, ptr %0, i64 %9
  %12 = load i64, ptr %11, align 8, !tbaa !23
  %13 = alloca i8, i64 %12, align 16
  %14 = trunc i64 %9 to i8
  call void @llvm.memset.p0.i64(ptr nonnull align 16 %13, i8 %14, i64 %12, i1 false)
  call void @sink(ptr noundef nonnull %13, i64 noundef %12) #9
  %15 = load i64, ptr %11, align 8, !tbaa !23
  %16 = add i64 %15, %10
  %17 = add nuw nsw i64 %9, 1
  %18 = icmp eq i64 %17, %5
  br i1 %18, label %6, label %8, !llvm.loop !25
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #5

; Function Attrs: nounwind uwtable
define dso_local i32 @scoped_vla(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %6

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  br label %8

6:                                                ; preds = %8, %2
  %7 = phi i32 [ 0, %2 ], [ %19, %8 ]
  ret i32 %7

8:                                                ; preds = %4, %8
  %9 = phi i64 [ 0, %4 ], [ %20, %8 ]
  %10 = phi i32 [ 0, %4 ], [ %19, %8 ]
  %11 = trunc i64 %9 to i32
  %12 = add i32 %0, %11
  %13 = zext i32 %12 to i64
  %14 = call ptr @llvm.stacksave.p0()
  %15 = alloca i8, i64 %13, align 4
  %16 = trunc i64 %9 to i8
  call void @llvm.memset.p0.i64(ptr nonnull align 4 %15, i8 %16, i64 %13, i1 false)
  call void @sink(ptr noundef nonnull %15, i64 noundef %13) #9
  %17 = load i8, ptr %15, align 4, !tbaa !26
  %18 = zext i8 %17 to i32
  %19 = add nuw nsw i32 %10, %18
  call void @llvm.stackrestore.p0(ptr %14)
  %20 = add nuw nsw i64 %9, 1
  %21 = icmp eq i64 %20, %5
  br i1 %21, label %6, label %8, !llvm.loop !27
}

; Function Attrs: nounwind uwtable
define dso_local noundef range(i32 0, 64) i32 @aligned_alloca(i32 noundef %0) local_unnamed_addr #0 {
  %2 = sext i32 %0 to i64
  %3 = alloca i8, i64 %2, align 64
  call void @sink(ptr noundef nonnull %3, i64 noundef %2) #9
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #7

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #8

attributes #0 = { nounwind uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #2 = { "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { nounwind }

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
!10 = distinct !{!10, !11, !12, !13}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!"llvm.loop.isvectorized", i32 1}
!13 = !{!"llvm.loop.unroll.runtime.disable"}
!14 = distinct !{!14, !11, !12, !13}
!15 = distinct !{!15, !11, !12}
!16 = distinct !{!16, !11, !13, !12}
!17 = !{!18, !18, i64 0}
!18 = !{!"double", !8, i64 0}
!19 = distinct !{!19, !11, !12, !13}
!20 = distinct !{!20, !11}
!21 = distinct !{!21, !11, !13, !12}
!22 = distinct !{!22, !11}
!23 = !{!24, !24, i64 0}
!24 = !{!"long", !8, i64 0}
!25 = distinct !{!25, !11}
!26 = !{!8, !8, i64 0}
!27 = distinct !{!27, !11}
