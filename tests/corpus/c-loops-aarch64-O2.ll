; ModuleID = 'loops.c'
source_filename = "loops.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local void @matmul(i32 noundef %0, ptr noundef readonly captures(none) %1, ptr noundef readonly captures(none) %2, ptr noundef writeonly captures(none) %3) local_unnamed_addr #0 {
  %5 = icmp sgt i32 %0, 0
  br i1 %5, label %6, label %13

6:                                                ; preds = %4
  %7 = zext nneg i32 %0 to i64
  br label %8

8:                                                ; preds = %17, %6
  %9 = phi i64 [ 0, %6 ], [ %18, %17 ]
  %10 = mul nuw nsw i64 %9, %7
  %11 = getelementptr inbounds nuw double, ptr %1, i64 %10
  %12 = getelementptr inbounds nuw double, ptr %3, i64 %10
  br label %14

13:                                               ; preds = %17, %4
  ret void

14:                                               ; preds = %8, %20
  %15 = phi i64 [ 0, %8 ], [ %22, %20 ]
  %16 = getelementptr inbounds nuw double, ptr %2, i64 %15
  br label %24

17:                                               ; preds = %20
  %18 = add nuw nsw i64 %9, 1
  %19 = icmp eq i64 %18, %7
  br i1 %19, label %13, label %8, !llvm.loop !10

20:                                               ; preds = %24
  %21 = getelementptr inbounds nuw double, ptr %12, i64 %15
  store double %32, ptr %21, align 8, !tbaa !12
  %22 = add nuw nsw i64 %15, 1
  %23 = icmp eq i64 %22, %7
  br i1 %23, label %17, label %14, !llvm.loop !14

24:                                               ; preds = %14, %24
  %25 = phi i64 [ 0, %14 ], [ %33, %24 ]
  %26 = phi double [ 0.000000e+00, %14 ], [ %32, %24 ]
  %27 = getelementptr inbounds nuw double, ptr %11, i64 %25
  %28 = load double, ptr %27, align 8, !tbaa !12
  %29 = mul nuw nsw i64 %25, %7
  %30 = getelementptr inbounds nuw double, ptr %16, i64 %29
  %31 = load double, ptr %30, align 8, !tbaa !12
  %32 = tail call double @llvm.fmuladd.f64(double %28, double %31, double %26)
  %33 = add nuw nsw i64 %25, 1
  %34 = icmp eq i64 %33, %7
  br i1 %34, label %20, label %24, !llvm.loop !15
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
  %12 = load i8, ptr %11, align 1, !tbaa !16
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
  br i1 %42, label %4, label %8, !llvm.loop !17
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local i64 @prefix_sums(ptr noundef captures(none) %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %6

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64
  br label %8

6:                                                ; preds = %8, %2
  %7 = phi i64 [ 0, %2 ], [ %14, %8 ]
  ret i64 %7

8:                                                ; preds = %4, %8
  %9 = phi i64 [ 0, %4 ], [ %16, %8 ]
  %10 = phi i64 [ 0, %4 ], [ %14, %8 ]
  %11 = getelementptr inbounds nuw i32, ptr %0, i64 %9
  %12 = load i32, ptr %11, align 4, !tbaa !6
  %13 = sext i32 %12 to i64
  %14 = add nsw i64 %10, %13
  %15 = trunc i64 %14 to i32
  store i32 %15, ptr %11, align 4, !tbaa !6
  %16 = add nuw nsw i64 %9, 1
  %17 = icmp eq i64 %16, %5
  br i1 %17, label %6, label %8, !llvm.loop !18
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local i32 @histogram(ptr noundef readonly captures(none) %0, i64 noundef %1, ptr noundef writeonly captures(none) %2) local_unnamed_addr #0 {
  %4 = alloca [256 x i32], align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #9
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %4, i8 0, i64 1024, i1 false)
  %5 = icmp eq i64 %1, 0
  br i1 %5, label %6, label %7

6:                                                ; preds = %7, %3
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %2, ptr noundef nonnull align 4 dereferenceable(1024) %4, i64 1024, i1 false), !tbaa !6
  br label %18

7:                                                ; preds = %3, %7
  %8 = phi i64 [ %15, %7 ], [ 0, %3 ]
  %9 = getelementptr inbounds nuw i8, ptr %0, i64 %8
  %10 = load i8, ptr %9, align 1, !tbaa !16
  %11 = zext i8 %10 to i64
  %12 = getelementptr inbounds nuw i32, ptr %4, i64 %11
  %13 = load i32, ptr %12, align 4, !tbaa !6
  %14 = add i32 %13, 1
  store i32 %14, ptr %12, align 4, !tbaa !6
  %15 = add nuw i64 %8, 1
  %16 = icmp eq i64 %15, %1
  br i1 %16, label %6, label %7, !llvm.loop !19

17:                                               ; preds = %18
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #9
  ret i32 %28

18:                                               ; preds = %6, %18
  %19 = phi i64 [ 0, %6 ], [ %29, %18 ]
  %20 = phi i32 [ 0, %6 ], [ %28, %18 ]
  %21 = getelementptr inbounds nuw i32, ptr %4, i64 %19
  %22 = load i32, ptr %21, align 4, !tbaa !6
  %23 = zext nneg i32 %20 to i64
  %24 = getelementptr inbounds nuw i32, ptr %4, i64 %23
  %25 = load i32, ptr %24, align 4, !tbaa !6
  %26 = icmp ugt i32 %22, %25
  %27 = trunc nuw nsw i64 %19 to i32
  %28 = select i1 %26, i32 %27, i32 %20
  %29 = add nuw nsw i64 %19, 1
  %30 = icmp eq i64 %29, 256
  br i1 %30, label %17, label %18, !llvm.loop !20
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

; Function Attrs: nofree norecurse nosync nounwind memory(none) uwtable
define dso_local i32 @count_primes() local_unnamed_addr #5 {
  %1 = alloca [4096 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #9
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(4096) %1, i8 0, i64 4096, i1 false)
  br label %3

2:                                                ; preds = %48
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #9
  ret i32 %49

3:                                                ; preds = %0, %48
  %4 = phi i64 [ 0, %0 ], [ %53, %48 ]
  %5 = phi i64 [ 2, %0 ], [ %50, %48 ]
  %6 = phi i64 [ 4, %0 ], [ %51, %48 ]
  %7 = phi i32 [ 0, %0 ], [ %49, %48 ]
  %8 = mul nuw nsw i64 %4, 3
  %9 = tail call i64 @llvm.umax.i64(i64 %8, i64 4090)
  %10 = mul nsw i64 %4, -3
  %11 = add i64 %9, %10
  %12 = icmp ne i64 %11, 0
  %13 = sext i1 %12 to i64
  %14 = add i64 %11, %13
  %15 = getelementptr inbounds nuw i8, ptr %1, i64 %5
  %16 = load i8, ptr %15, align 1, !tbaa !16
  %17 = icmp eq i8 %16, 0
  br i1 %17, label %18, label %48

18:                                               ; preds = %3
  %19 = add nsw i32 %7, 1
  %20 = icmp samesign ult i64 %5, 2048
  br i1 %20, label %21, label %48

21:                                               ; preds = %18
  %22 = select i1 %12, i64 2, i64 1
  %23 = udiv i64 %14, %5
  %24 = add i64 %22, %23
  %25 = icmp ult i64 %24, 2
  br i1 %25, label %41, label %26

26:                                               ; preds = %21
  %27 = and i64 %24, -2
  %28 = mul i64 %27, %5
  %29 = add i64 %6, %28
  %30 = getelementptr i8, ptr %1, i64 %5
  br label %31

31:                                               ; preds = %31, %26
  %32 = phi i64 [ 0, %26 ], [ %37, %31 ]
  %33 = mul i64 %32, %5
  %34 = add i64 %6, %33
  %35 = getelementptr inbounds nuw i8, ptr %1, i64 %34
  %36 = getelementptr i8, ptr %30, i64 %34
  store i8 1, ptr %35, align 1, !tbaa !16
  store i8 1, ptr %36, align 1, !tbaa !16
  %37 = add nuw i64 %32, 2
  %38 = icmp eq i64 %37, %27
  br i1 %38, label %39, label %31, !llvm.loop !21

39:                                               ; preds = %31
  %40 = icmp eq i64 %24, %27
  br i1 %40, label %48, label %41

41:                                               ; preds = %21, %39
  %42 = phi i64 [ %6, %21 ], [ %29, %39 ]
  br label %43

43:                                               ; preds = %41, %43
  %44 = phi i64 [ %46, %43 ], [ %42, %41 ]
  %45 = getelementptr inbounds nuw i8, ptr %1, i64 %44
  store i8 1, ptr %45, align 1, !tbaa !16
  %46 = add nuw nsw i64 %44, %5
  %47 = icmp samesign ult i64 %46, 4096
  br i1 %47, label %43, label %48, !llvm.loop !24

48:                                               ; preds = %43, %39, %18, %3
  %49 = phi i32 [ %7, %3 ], [ %19, %18 ], [ %19, %39 ], [ %19, %43 ]
  %50 = add nuw nsw i64 %5, 1
  %51 = add nuw nsw i64 %6, 2
  %52 = icmp eq i64 %50, 4096
  %53 = add i64 %4, 1
  br i1 %52, label %2, label %3, !llvm.loop !25
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
  br i1 %69, label %66, label %18, !llvm.loop !29

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
  br i1 %88, label %67, label %70, !llvm.loop !30
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.xor.v4i32(<4 x i32>) #7

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #8

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { nofree norecurse nosync nounwind memory(none) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
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
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!13, !13, i64 0}
!13 = !{!"double", !8, i64 0}
!14 = distinct !{!14, !11}
!15 = distinct !{!15, !11}
!16 = !{!8, !8, i64 0}
!17 = distinct !{!17, !11}
!18 = distinct !{!18, !11}
!19 = distinct !{!19, !11}
!20 = distinct !{!20, !11}
!21 = distinct !{!21, !11, !22, !23}
!22 = !{!"llvm.loop.isvectorized", i32 1}
!23 = !{!"llvm.loop.unroll.runtime.disable"}
!24 = distinct !{!24, !11, !22}
!25 = distinct !{!25, !11}
!26 = !{!27, !27, i64 0}
!27 = !{!"float", !8, i64 0}
!28 = distinct !{!28, !11, !22, !23}
!29 = distinct !{!29, !11}
!30 = distinct !{!30, !11, !23, !22}
