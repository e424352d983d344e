; ModuleID = 'vla.c'
source_filename = "vla.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind uwtable
define dso_local i32 @vla_sum(i32 noundef %0) local_unnamed_addr #0 {
  %2 = zext i32 %0 to i64
  %3 = alloca i32, i64 %2, align 16
  %4 = icmp sgt i32 %0, 0
  br i1 %4, label %5, label %10

5:                                                ; preds = %1
  %6 = and i64 %2, 3
  %7 = icmp ult i32 %0, 4
  br i1 %7, label %14, label %8

8:                                                ; preds = %5
  %9 = and i64 %2, 2147483644
  br label %50

10:                                               ; preds = %1
  %11 = shl nuw nsw i64 %2, 2
  call void @sink(ptr noundef nonnull %3, i64 noundef %11) #10
  br label %71

12:                                               ; preds = %50
  %13 = icmp eq i64 %6, 0
  br i1 %13, label %26, label %14

14:                                               ; preds = %12, %5
  %15 = phi i64 [ 0, %5 ], [ %68, %12 ]
  %16 = icmp ne i64 %6, 0
  tail call void @llvm.assume(i1 %16)
  br label %17

17:                                               ; preds = %17, %14
  %18 = phi i64 [ %23, %17 ], [ %15, %14 ]
  %19 = phi i64 [ %24, %17 ], [ 0, %14 ]
  %20 = mul nuw nsw i64 %18, %18
  %21 = getelementptr inbounds nuw i32, ptr %3, i64 %18
  %22 = trunc nuw i64 %20 to i32
  store i32 %22, ptr %21, align 4, !tbaa !5
  %23 = add nuw nsw i64 %18, 1
  %24 = add i64 %19, 1
  %25 = icmp eq i64 %24, %6
  br i1 %25, label %26, label %17, !llvm.loop !9

26:                                               ; preds = %17, %12
  %27 = shl nuw nsw i64 %2, 2
  call void @sink(ptr noundef nonnull %3, i64 noundef %27) #10
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
  %37 = load <4 x i32>, ptr %35, align 16, !tbaa !5
  %38 = load <4 x i32>, ptr %36, align 16, !tbaa !5
  %39 = add <4 x i32> %37, %33
  %40 = add <4 x i32> %38, %34
  %41 = add nuw i64 %32, 8
  %42 = icmp eq i64 %41, %30
  br i1 %42, label %43, label %31, !llvm.loop !11

43:                                               ; preds = %31
  %44 = add <4 x i32> %40, %39
  %45 = call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %44)
  %46 = icmp eq i64 %30, %2
  br i1 %46, label %71, label %47

47:                                               ; preds = %26, %43
  %48 = phi i64 [ 0, %26 ], [ %30, %43 ]
  %49 = phi i32 [ 0, %26 ], [ %45, %43 ]
  br label %73

50:                                               ; preds = %50, %8
  %51 = phi i64 [ 0, %8 ], [ %68, %50 ]
  %52 = phi i64 [ 0, %8 ], [ %69, %50 ]
  %53 = mul nuw nsw i64 %51, %51
  %54 = getelementptr inbounds nuw i32, ptr %3, i64 %51
  %55 = trunc nuw i64 %53 to i32
  store i32 %55, ptr %54, align 16, !tbaa !5
  %56 = or disjoint i64 %51, 1
  %57 = mul nuw nsw i64 %56, %56
  %58 = getelementptr inbounds nuw i32, ptr %3, i64 %56
  %59 = trunc nuw i64 %57 to i32
  store i32 %59, ptr %58, align 4, !tbaa !5
  %60 = or disjoint i64 %51, 2
  %61 = mul nuw nsw i64 %60, %60
  %62 = getelementptr inbounds nuw i32, ptr %3, i64 %60
  %63 = trunc nuw i64 %61 to i32
  store i32 %63, ptr %62, align 8, !tbaa !5
  %64 = or disjoint i64 %51, 3
  %65 = mul nuw nsw i64 %64, %64
  %66 = getelementptr inbounds nuw i32, ptr %3, i64 %64
  %67 = trunc nuw i64 %65 to i32
  store i32 %67, ptr %66, align 4, !tbaa !5
  %68 = add nuw nsw i64 %51, 4
  %69 = add i64 %52, 4
  %70 = icmp eq i64 %69, %9
  br i1 %70, label %12, label %50, !llvm.loop !15

71:                                               ; preds = %73, %43, %10
  %72 = phi i32 [ 0, %10 ], [ %45, %43 ], [ %78, %73 ]
  ret i32 %72

73:                                               ; preds = %47, %73
  %74 = phi i64 [ %79, %73 ], [ %48, %47 ]
  %75 = phi i32 [ %78, %73 ], [ %49, %47 ]
  %76 = getelementptr inbounds nuw i32, ptr %3, i64 %74
  %77 = load i32, ptr %76, align 4, !tbaa !5
  %78 = add nsw i32 %77, %75
  %79 = add nuw nsw i64 %74, 1
  %80 = icmp eq i64 %79, %2
  br i1 %80, label %71, label %73, !llvm.loop !16
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
  %7 = alloca double, i64 %6, align 16
  %8 = icmp sgt i32 %0, 0
  br i1 %8, label %9, label %93

9:                                                ; preds = %3
  %10 = icmp sgt i32 %1, 0
  %11 = icmp ult i32 %1, 4
  %12 = and i64 %4, 2147483644
  %13 = icmp eq i64 %12, %4
  br label %14

14:                                               ; preds = %9, %47
  %15 = phi i64 [ 0, %9 ], [ %48, %47 ]
  br i1 %10, label %16, label %47

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
  br i1 %13, label %47, label %38

38:                                               ; preds = %16, %37
  %39 = phi i64 [ 0, %16 ], [ %12, %37 ]
  br label %50

40:                                               ; preds = %47
  %41 = icmp sgt i32 %1, 0
  %42 = shl nuw nsw i64 %4, 3
  %43 = and i64 %5, 1
  %44 = icmp eq i32 %0, 1
  br i1 %44, label %81, label %45

45:                                               ; preds = %40
  %46 = and i64 %5, 2147483646
  br label %58

47:                                               ; preds = %50, %37, %14
  %48 = add nuw nsw i64 %15, 1
  %49 = icmp eq i64 %48, %5
  br i1 %49, label %40, label %14, !llvm.loop !20

50:                                               ; preds = %38, %50
  %51 = phi i64 [ %56, %50 ], [ %39, %38 ]
  %52 = trunc nuw nsw i64 %51 to i32
  %53 = uitofp nneg i32 %52 to double
  %54 = tail call double @llvm.fmuladd.f64(double %18, double 5.000000e-01, double %53)
  %55 = getelementptr inbounds nuw double, ptr %20, i64 %51
  store double %54, ptr %55, align 8, !tbaa !17
  %56 = add nuw nsw i64 %51, 1
  %57 = icmp eq i64 %56, %4
  br i1 %57, label %47, label %50, !llvm.loop !21

58:                                               ; preds = %94, %45
  %59 = phi i64 [ 0, %45 ], [ %95, %94 ]
  %60 = phi i64 [ 0, %45 ], [ %96, %94 ]
  br i1 %41, label %61, label %94

61:                                               ; preds = %58
  %62 = trunc i64 %59 to i32
  %63 = xor i32 %62, -1
  %64 = add i32 %0, %63
  %65 = sext i32 %64 to i64
  %66 = mul i64 %42, %65
  %67 = getelementptr i8, ptr %7, i64 %66
  %68 = mul i64 %42, %59
  %69 = getelementptr i8, ptr %2, i64 %68
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %69, ptr align 8 %67, i64 %42, i1 false), !tbaa !17
  %70 = or disjoint i64 %59, 1
  %71 = trunc i64 %70 to i32
  %72 = xor i32 %71, -1
  %73 = add i32 %0, %72
  %74 = sext i32 %73 to i64
  %75 = mul i64 %42, %74
  %76 = getelementptr i8, ptr %7, i64 %75
  %77 = mul i64 %42, %70
  %78 = getelementptr i8, ptr %2, i64 %77
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %78, ptr align 8 %76, i64 %42, i1 false), !tbaa !17
  br label %94

79:                                               ; preds = %94
  %80 = icmp eq i64 %43, 0
  br i1 %80, label %93, label %81

81:                                               ; preds = %79, %40
  %82 = phi i64 [ 0, %40 ], [ %95, %79 ]
  %83 = icmp ne i64 %43, 0
  tail call void @llvm.assume(i1 %83)
  br i1 %41, label %84, label %93

84:                                               ; preds = %81
  %85 = trunc i64 %82 to i32
  %86 = xor i32 %85, -1
  %87 = add i32 %0, %86
  %88 = sext i32 %87 to i64
  %89 = mul i64 %42, %88
  %90 = getelementptr i8, ptr %7, i64 %89
  %91 = mul i64 %42, %82
  %92 = getelementptr i8, ptr %2, i64 %91
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %92, ptr align 8 %90, i64 %42, i1 false), !tbaa !17
  br label %93

93:                                               ; preds = %79, %84, %81, %3
  ret void

94:                                               ; preds = %58, %61
  %95 = add nuw nsw i64 %59, 2
  %96 = add i64 %60, 2
  %97 = icmp eq i64 %96, %46
  br i1 %97, label %79, label %58, !llvm.loop !22
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
  call void @sink(ptr noundef nonnull %13, i64 noundef %12) #10
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
  %15 = alloca i8, i64 %13, align 16
  %16 = trunc i64 %9 to i8
  call void @llvm.memset.p0.i64(ptr nonnull align 16 %15, i8 %16, i64 %13, i1 false)
  call void @sink(ptr noundef nonnull %15, i64 noundef %13) #10
  %17 = load i8, ptr %15, align 16, !tbaa !26
  %18 = sext i8 %17 to i32
  %19 = add nsw i32 %10, %18
  call void @llvm.stackrestore.p0(ptr %14)
  %20 = add nuw nsw i64 %9, 1
  %21 = icmp eq i64 %20, %5
  br i1 %21, label %6, label %8, !llvm.loop !27
}

; Function Attrs: nounwind uwtable
define dso_local noundef range(i32 0, 64) i32 @aligned_alloca(i32 noundef %0) local_unnamed_addr #0 {
  %2 = sext i32 %0 to i64
  %3 = alloca i8, i64 %2, align 64
  call void @sink(ptr noundef nonnull %3, i64 noundef %2) #10
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #7

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #8

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare <2 x double> @llvm.fmuladd.v2f64(<2 x double>, <2 x double>, <2 x double>) #9

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #2 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !12, !13, !14}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.isvectorized", i32 1}
!14 = !{!"llvm.loop.unroll.runtime.disable"}
!15 = distinct !{!15, !12}
!16 = distinct !{!16, !12, !14, !13}
!17 = !{!18, !18, i64 0}
!18 = !{!"double", !7, i64 0}
!19 = distinct !{!19, !12, !13, !14}
!20 = distinct !{!20, !12}
!21 = distinct !{!21, !12, !14, !13}
!22 = distinct !{!22, !12}
!23 = !{!24, !24, i64 0}
!24 = !{!"long", !7, i64 0}
!25 = distinct !{!25, !12}
!26 = !{!7, !7, i64 0}
!27 = distinct !{!27, !12}
