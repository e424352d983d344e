; ModuleID = 'loops.c'
source_filename = "loops.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

; Function Attrs: minsize nofree norecurse nosync nounwind optsize memory(argmem: readwrite) uwtable
define dso_local void @matmul(i32 noundef %0, ptr noundef readonly captures(none) %1, ptr noundef readonly captures(none) %2, ptr noundef writeonly captures(none) %3) local_unnamed_addr #0 {
  %5 = sext i32 %0 to i64
  %6 = tail call i32 @llvm.smax.i32(i32 %0, i32 0)
  %7 = zext nneg i32 %6 to i64
  %8 = zext i32 %0 to i64
  br label %9

9:                                                ; preds = %22, %4
  %10 = phi i64 [ %23, %22 ], [ 0, %4 ]
  %11 = icmp eq i64 %10, %7
  br i1 %11, label %16, label %12

12:                                               ; preds = %9
  %13 = mul nsw i64 %10, %5
  %14 = getelementptr double, ptr %1, i64 %13
  %15 = getelementptr double, ptr %3, i64 %13
  br label %17

16:                                               ; preds = %9
  ret void

17:                                               ; preds = %12, %28
  %18 = phi i64 [ 0, %12 ], [ %30, %28 ]
  %19 = icmp eq i64 %18, %8
  br i1 %19, label %22, label %20

20:                                               ; preds = %17
  %21 = getelementptr double, ptr %2, i64 %18
  br label %24

22:                                               ; preds = %17
  %23 = add nuw nsw i64 %10, 1
  br label %9, !llvm.loop !10

24:                                               ; preds = %20, %31
  %25 = phi i64 [ 0, %20 ], [ %38, %31 ]
  %26 = phi double [ 0.000000e+00, %20 ], [ %37, %31 ]
  %27 = icmp eq i64 %25, %8
  br i1 %27, label %28, label %31

28:                                               ; preds = %24
  %29 = getelementptr double, ptr %15, i64 %18
  store double %26, ptr %29, align 8, !tbaa !12
  %30 = add nuw nsw i64 %18, 1
  br label %17, !llvm.loop !14

31:                                               ; preds = %24
  %32 = getelementptr double, ptr %14, i64 %25
  %33 = load double, ptr %32, align 8, !tbaa !12
  %34 = mul nsw i64 %25, %5
  %35 = getelementptr double, ptr %21, i64 %34
  %36 = load double, ptr %35, align 8, !tbaa !12
  %37 = tail call double @llvm.fmuladd.f64(double %33, double %36, double %26)
  %38 = add nuw nsw i64 %25, 1
  br label %24, !llvm.loop !15
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nofree norecurse nosync nounwind optsize memory(argmem: read) uwtable
define dso_local i32 @crc32(ptr noundef readonly captures(none) %0, i64 noundef %1) local_unnamed_addr #3 {
  br label %3

3:                                                ; preds = %18, %2
  %4 = phi i32 [ -1, %2 ], [ %15, %18 ]
  %5 = phi i64 [ 0, %2 ], [ %19, %18 ]
  %6 = icmp eq i64 %5, %1
  br i1 %6, label %7, label %9

7:                                                ; preds = %3
  %8 = xor i32 %4, -1
  ret i32 %8

9:                                                ; preds = %3
  %10 = getelementptr inbounds nuw i8, ptr %0, i64 %5
  %11 = load i8, ptr %10, align 1, !tbaa !16
  %12 = zext i8 %11 to i32
  %13 = xor i32 %4, %12
  br label %14

14:                                               ; preds = %20, %9
  %15 = phi i32 [ %13, %9 ], [ %25, %20 ]
  %16 = phi i32 [ 0, %9 ], [ %26, %20 ]
  %17 = icmp eq i32 %16, 8
  br i1 %17, label %18, label %20

18:                                               ; preds = %14
  %19 = add i64 %5, 1
  br label %3, !llvm.loop !17

20:                                               ; preds = %14
  %21 = lshr i32 %15, 1
  %22 = and i32 %15, 1
  %23 = icmp eq i32 %22, 0
  %24 = select i1 %23, i32 0, i32 -306674912
  %25 = xor i32 %24, %21
  %26 = add nuw nsw i32 %16, 1
  br label %14, !llvm.loop !18
}

; Function Attrs: minsize nofree norecurse nosync nounwind optsize memory(argmem: readwrite) uwtable
define dso_local i64 @prefix_sums(ptr noundef captures(none) %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = tail call i32 @llvm.smax.i32(i32 %1, i32 0)
  %4 = zext nneg i32 %3 to i64
  br label %5

5:                                                ; preds = %10, %2
  %6 = phi i64 [ %16, %10 ], [ 0, %2 ]
  %7 = phi i64 [ %14, %10 ], [ 0, %2 ]
  %8 = icmp eq i64 %6, %4
  br i1 %8, label %9, label %10

9:                                                ; preds = %5
  ret i64 %7

10:                                               ; preds = %5
  %11 = getelementptr inbounds nuw i32, ptr %0, i64 %6
  %12 = load i32, ptr %11, align 4, !tbaa !6
  %13 = sext i32 %12 to i64
  %14 = add nsw i64 %7, %13
  %15 = trunc i64 %14 to i32
  store i32 %15, ptr %11, align 4, !tbaa !6
  %16 = add nuw nsw i64 %6, 1
  br label %5, !llvm.loop !19
}

; Function Attrs: minsize nofree norecurse nosync nounwind optsize memory(argmem: readwrite) uwtable
define dso_local range(i32 257, 256) i32 @histogram(ptr noundef readonly captures(none) %0, i64 noundef %1, ptr noundef writeonly captures(none) %2) local_unnamed_addr #0 {
  %4 = alloca [256 x i32], align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #7
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %4, i8 0, i64 1024, i1 false)
  br label %5

5:                                                ; preds = %8, %3
  %6 = phi i64 [ 0, %3 ], [ %15, %8 ]
  %7 = icmp eq i64 %6, %1
  br i1 %7, label %16, label %8

8:                                                ; preds = %5
  %9 = getelementptr inbounds nuw i8, ptr %0, i64 %6
  %10 = load i8, ptr %9, align 1, !tbaa !16
  %11 = zext i8 %10 to i64
  %12 = getelementptr inbounds nuw i32, ptr %4, i64 %11
  %13 = load i32, ptr %12, align 4, !tbaa !6
  %14 = add i32 %13, 1
  store i32 %14, ptr %12, align 4, !tbaa !6
  %15 = add i64 %6, 1
  br label %5, !llvm.loop !20

16:                                               ; preds = %5, %21
  %17 = phi i64 [ %31, %21 ], [ 0, %5 ]
  %18 = phi i32 [ %30, %21 ], [ 0, %5 ]
  %19 = icmp eq i64 %17, 256
  br i1 %19, label %20, label %21

20:                                               ; preds = %16
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #7
  ret i32 %18

21:                                               ; preds = %16
  %22 = getelementptr inbounds nuw i32, ptr %4, i64 %17
  %23 = load i32, ptr %22, align 4, !tbaa !6
  %24 = getelementptr inbounds nuw i32, ptr %2, i64 %17
  store i32 %23, ptr %24, align 4, !tbaa !6
  %25 = zext nneg i32 %18 to i64
  %26 = getelementptr inbounds nuw i32, ptr %4, i64 %25
  %27 = load i32, ptr %26, align 4, !tbaa !6
  %28 = icmp ugt i32 %23, %27
  %29 = trunc nuw nsw i64 %17 to i32
  %30 = select i1 %28, i32 %29, i32 %18
  %31 = add nuw nsw i64 %17, 1
  br label %16, !llvm.loop !21
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

; Function Attrs: minsize nofree norecurse nosync nounwind optsize memory(none) uwtable
define dso_local i32 @count_primes() local_unnamed_addr #5 {
  %1 = alloca [4096 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #7
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(4096) %1, i8 0, i64 4096, i1 false)
  br label %2

2:                                                ; preds = %20, %0
  %3 = phi i64 [ %22, %20 ], [ 2, %0 ]
  %4 = phi i64 [ %23, %20 ], [ 4, %0 ]
  %5 = phi i32 [ %21, %20 ], [ 0, %0 ]
  %6 = icmp eq i64 %3, 4096
  br i1 %6, label %7, label %8

7:                                                ; preds = %2
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #7
  ret i32 %5

8:                                                ; preds = %2
  %9 = getelementptr inbounds nuw i8, ptr %1, i64 %3
  %10 = load i8, ptr %9, align 1, !tbaa !16
  %11 = icmp eq i8 %10, 0
  br i1 %11, label %12, label %20

12:                                               ; preds = %8, %15
  %13 = phi i64 [ %17, %15 ], [ %4, %8 ]
  %14 = icmp samesign ult i64 %13, 4096
  br i1 %14, label %15, label %18

15:                                               ; preds = %12
  %16 = getelementptr inbounds nuw i8, ptr %1, i64 %13
  store i8 1, ptr %16, align 1, !tbaa !16
  %17 = add nuw nsw i64 %13, %3
  br label %12, !llvm.loop !22

18:                                               ; preds = %12
  %19 = add nsw i32 %5, 1
  br label %20

20:                                               ; preds = %18, %8
  %21 = phi i32 [ %5, %8 ], [ %19, %18 ]
  %22 = add nuw nsw i64 %3, 1
  %23 = add nuw nsw i64 %4, 2
  br label %2, !llvm.loop !23
}

; Function Attrs: minsize nofree norecurse nosync nounwind optsize memory(argmem: readwrite) uwtable
define dso_local void @stencil(ptr noalias noundef writeonly captures(none) %0, ptr noalias noundef readonly captures(none) %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = add nsw i32 %3, -1
  %6 = add nsw i32 %2, -1
  %7 = sext i32 %6 to i64
  %8 = sext i32 %5 to i64
  %9 = sext i32 %2 to i64
  br label %10

10:                                               ; preds = %22, %4
  %11 = phi i64 [ 1, %4 ], [ %16, %22 ]
  %12 = icmp slt i64 %11, %8
  br i1 %12, label %13, label %21

13:                                               ; preds = %10
  %14 = add nsw i64 %11, -1
  %15 = mul nsw i64 %14, %9
  %16 = add nuw nsw i64 %11, 1
  %17 = mul nsw i64 %16, %9
  %18 = mul nsw i64 %11, %9
  %19 = getelementptr float, ptr %1, i64 %15
  %20 = getelementptr float, ptr %1, i64 %17
  br label %22

21:                                               ; preds = %10
  ret void

22:                                               ; preds = %13, %25
  %23 = phi i64 [ 1, %13 ], [ %41, %25 ]
  %24 = icmp slt i64 %23, %7
  br i1 %24, label %25, label %10, !llvm.loop !24

25:                                               ; preds = %22
  %26 = getelementptr float, ptr %19, i64 %23
  %27 = load float, ptr %26, align 4, !tbaa !25
  %28 = getelementptr float, ptr %20, i64 %23
  %29 = load float, ptr %28, align 4, !tbaa !25
  %30 = fadd float %27, %29
  %31 = add nsw i64 %23, %18
  %32 = getelementptr float, ptr %1, i64 %31
  %33 = getelementptr i8, ptr %32, i64 -4
  %34 = load float, ptr %33, align 4, !tbaa !25
  %35 = fadd float %30, %34
  %36 = getelementptr i8, ptr %32, i64 4
  %37 = load float, ptr %36, align 4, !tbaa !25
  %38 = fadd float %35, %37
  %39 = fmul float %38, 2.500000e-01
  %40 = getelementptr inbounds float, ptr %0, i64 %31
  store float %39, ptr %40, align 4, !tbaa !25
  %41 = add nuw nsw i64 %23, 1
  br label %22, !llvm.loop !27
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #6

attributes #0 = { minsize nofree norecurse nosync nounwind optsize memory(argmem: readwrite) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { minsize nofree norecurse nosync nounwind optsize memory(argmem: read) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { minsize nofree norecurse nosync nounwind optsize memory(none) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind }

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
!21 = distinct !{!21, !11}
!22 = distinct !{!22, !11}
!23 = distinct !{!23, !11}
!24 = distinct !{!24, !11}
!25 = !{!26, !26, i64 0}
!26 = !{!"float", !8, i64 0}
!27 = distinct !{!27, !11}
