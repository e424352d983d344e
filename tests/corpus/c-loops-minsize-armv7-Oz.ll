; ModuleID = 'loops.c'
source_filename = "loops.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "armv7-unknown-linux-gnueabihf"

; Function Attrs: minsize nofree norecurse nosync nounwind optsize memory(argmem: readwrite)
define dso_local void @matmul(i32 noundef %0, ptr noundef readonly captures(none) %1, ptr noundef readonly captures(none) %2, ptr noundef writeonly captures(none) %3) local_unnamed_addr #0 {
  %5 = tail call i32 @llvm.smax.i32(i32 %0, i32 0)
  br label %6

6:                                                ; preds = %19, %4
  %7 = phi i32 [ 0, %4 ], [ %20, %19 ]
  %8 = icmp eq i32 %7, %5
  br i1 %8, label %13, label %9

9:                                                ; preds = %6
  %10 = mul nsw i32 %7, %0
  %11 = getelementptr double, ptr %1, i32 %10
  %12 = getelementptr double, ptr %3, i32 %10
  br label %14

13:                                               ; preds = %6
  ret void

14:                                               ; preds = %9, %25
  %15 = phi i32 [ %27, %25 ], [ 0, %9 ]
  %16 = icmp eq i32 %15, %0
  br i1 %16, label %19, label %17

17:                                               ; preds = %14
  %18 = getelementptr double, ptr %2, i32 %15
  br label %21

19:                                               ; preds = %14
  %20 = add nuw i32 %7, 1
  br label %6, !llvm.loop !9

21:                                               ; preds = %17, %28
  %22 = phi double [ %34, %28 ], [ 0.000000e+00, %17 ]
  %23 = phi i32 [ %35, %28 ], [ 0, %17 ]
  %24 = icmp eq i32 %23, %0
  br i1 %24, label %25, label %28

25:                                               ; preds = %21
  %26 = getelementptr double, ptr %12, i32 %15
  store double %22, ptr %26, align 8, !tbaa !11
  %27 = add nuw i32 %15, 1
  br label %14, !llvm.loop !13

28:                                               ; preds = %21
  %29 = getelementptr double, ptr %11, i32 %23
  %30 = load double, ptr %29, align 8, !tbaa !11
  %31 = mul nsw i32 %23, %0
  %32 = getelementptr double, ptr %18, i32 %31
  %33 = load double, ptr %32, align 8, !tbaa !11
  %34 = tail call double @llvm.fmuladd.f64(double %30, double %33, double %22)
  %35 = add nuw i32 %23, 1
  br label %21, !llvm.loop !14
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: minsize nofree norecurse nosync nounwind optsize memory(argmem: read)
define dso_local i32 @crc32(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #3 {
  br label %3

3:                                                ; preds = %18, %2
  %4 = phi i32 [ -1, %2 ], [ %15, %18 ]
  %5 = phi i32 [ 0, %2 ], [ %19, %18 ]
  %6 = icmp eq i32 %5, %1
  br i1 %6, label %7, label %9

7:                                                ; preds = %3
  %8 = xor i32 %4, -1
  ret i32 %8

9:                                                ; preds = %3
  %10 = getelementptr inbounds nuw i8, ptr %0, i32 %5
  %11 = load i8, ptr %10, align 1, !tbaa !15
  %12 = zext i8 %11 to i32
  %13 = xor i32 %4, %12
  br label %14

14:                                               ; preds = %20, %9
  %15 = phi i32 [ %13, %9 ], [ %25, %20 ]
  %16 = phi i32 [ 0, %9 ], [ %26, %20 ]
  %17 = icmp eq i32 %16, 8
  br i1 %17, label %18, label %20

18:                                               ; preds = %14
  %19 = add i32 %5, 1
  br label %3, !llvm.loop !16

20:                                               ; preds = %14
  %21 = lshr i32 %15, 1
  %22 = and i32 %15, 1
  %23 = icmp eq i32 %22, 0
  %24 = select i1 %23, i32 0, i32 -306674912
  %25 = xor i32 %24, %21
  %26 = add nuw nsw i32 %16, 1
  br label %14, !llvm.loop !17
}

; Function Attrs: minsize nofree norecurse nosync nounwind optsize memory(argmem: readwrite)
define dso_local i64 @prefix_sums(ptr noundef captures(none) %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = tail call i32 @llvm.smax.i32(i32 %1, i32 0)
  br label %4

4:                                                ; preds = %9, %2
  %5 = phi i64 [ 0, %2 ], [ %13, %9 ]
  %6 = phi i32 [ 0, %2 ], [ %15, %9 ]
  %7 = icmp eq i32 %6, %3
  br i1 %7, label %8, label %9

8:                                                ; preds = %4
  ret i64 %5

9:                                                ; preds = %4
  %10 = getelementptr inbounds nuw i32, ptr %0, i32 %6
  %11 = load i32, ptr %10, align 4, !tbaa !5
  %12 = sext i32 %11 to i64
  %13 = add nsw i64 %5, %12
  %14 = trunc i64 %13 to i32
  store i32 %14, ptr %10, align 4, !tbaa !5
  %15 = add nuw i32 %6, 1
  br label %4, !llvm.loop !18
}

; Function Attrs: minsize nofree norecurse nosync nounwind optsize memory(argmem: readwrite)
define dso_local range(i32 257, 256) i32 @histogram(ptr noundef readonly captures(none) %0, i32 noundef %1, ptr noundef writeonly captures(none) %2) local_unnamed_addr #0 {
  %4 = alloca [256 x i32], align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #7
  call void @llvm.memset.p0.i32(ptr noundef nonnull align 4 dereferenceable(1024) %4, i8 0, i32 1024, i1 false)
  br label %5

5:                                                ; preds = %8, %3
  %6 = phi i32 [ 0, %3 ], [ %15, %8 ]
  %7 = icmp eq i32 %6, %1
  br i1 %7, label %16, label %8

8:                                                ; preds = %5
  %9 = getelementptr inbounds nuw i8, ptr %0, i32 %6
  %10 = load i8, ptr %9, align 1, !tbaa !15
  %11 = zext i8 %10 to i32
  %12 = getelementptr inbounds nuw i32, ptr %4, i32 %11
  %13 = load i32, ptr %12, align 4, !tbaa !5
  %14 = add i32 %13, 1
  store i32 %14, ptr %12, align 4, !tbaa !5
  %15 = add i32 %6, 1
  br label %5, !llvm.loop !19

16:                                               ; preds = %5, %21
  %17 = phi i32 [ %28, %21 ], [ 0, %5 ]
  %18 = phi i32 [ %29, %21 ], [ 0, %5 ]
  %19 = icmp eq i32 %18, 256
  br i1 %19, label %20, label %21

20:                                               ; preds = %16
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #7
  ret i32 %17

21:                                               ; preds = %16
  %22 = getelementptr inbounds nuw i32, ptr %4, i32 %18
  %23 = load i32, ptr %22, align 4, !tbaa !5
  %24 = getelementptr inbounds nuw i32, ptr %2, i32 %18
  store i32 %23, ptr %24, align 4, !tbaa !5
  %25 = getelementptr inbounds nuw i32, ptr %4, i32 %17
  %26 = load i32, ptr %25, align 4, !tbaa !5
  %27 = icmp ugt i32 %23, %26
  %28 = select i1 %27, i32 %18, i32 %17
  %29 = add nuw nsw i32 %18, 1
  br label %16, !llvm.loop !20
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr writeonly captures(none), i8, i32, i1 immarg) #4

; Function Attrs: minsize nofree norecurse nosync nounwind optsize memory(none)
define dso_local i32 @count_primes() local_unnamed_addr #5 {
  %1 = alloca [4096 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #7
  call void @llvm.memset.p0.i32(ptr noundef nonnull align 1 dereferenceable(4096) %1, i8 0, i32 4096, i1 false)
  br label %2

2:                                                ; preds = %21, %0
  %3 = phi i32 [ 0, %0 ], [ %22, %21 ]
  %4 = phi i32 [ 2, %0 ], [ %23, %21 ]
  %5 = icmp eq i32 %4, 4096
  br i1 %5, label %6, label %7

6:                                                ; preds = %2
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #7
  ret i32 %3

7:                                                ; preds = %2
  %8 = getelementptr inbounds nuw i8, ptr %1, i32 %4
  %9 = load i8, ptr %8, align 1, !tbaa !15
  %10 = icmp eq i8 %9, 0
  br i1 %10, label %11, label %21

11:                                               ; preds = %7
  %12 = shl nuw nsw i32 %4, 1
  br label %13

13:                                               ; preds = %16, %11
  %14 = phi i32 [ %12, %11 ], [ %18, %16 ]
  %15 = icmp samesign ult i32 %14, 4096
  br i1 %15, label %16, label %19

16:                                               ; preds = %13
  %17 = getelementptr inbounds nuw i8, ptr %1, i32 %14
  store i8 1, ptr %17, align 1, !tbaa !15
  %18 = add nuw nsw i32 %14, %4
  br label %13, !llvm.loop !21

19:                                               ; preds = %13
  %20 = add nsw i32 %3, 1
  br label %21

21:                                               ; preds = %19, %7
  %22 = phi i32 [ %3, %7 ], [ %20, %19 ]
  %23 = add nuw nsw i32 %4, 1
  br label %2, !llvm.loop !22
}

; Function Attrs: minsize nofree norecurse nosync nounwind optsize memory(argmem: readwrite)
define dso_local void @stencil(ptr noalias noundef writeonly captures(none) %0, ptr noalias noundef readonly captures(none) %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #0 {
  %5 = add nsw i32 %3, -1
  %6 = add nsw i32 %2, -1
  br label %7

7:                                                ; preds = %19, %4
  %8 = phi i32 [ 1, %4 ], [ %14, %19 ]
  %9 = icmp slt i32 %8, %5
  br i1 %9, label %10, label %18

10:                                               ; preds = %7
  %11 = add nsw i32 %8, -1
  %12 = mul nsw i32 %11, %2
  %13 = getelementptr float, ptr %1, i32 %12
  %14 = add nuw nsw i32 %8, 1
  %15 = mul nsw i32 %14, %2
  %16 = getelementptr float, ptr %1, i32 %15
  %17 = mul nsw i32 %8, %2
  br label %19

18:                                               ; preds = %7
  ret void

19:                                               ; preds = %10, %22
  %20 = phi i32 [ %38, %22 ], [ 1, %10 ]
  %21 = icmp slt i32 %20, %6
  br i1 %21, label %22, label %7, !llvm.loop !23

22:                                               ; preds = %19
  %23 = getelementptr float, ptr %13, i32 %20
  %24 = load float, ptr %23, align 4, !tbaa !24
  %25 = getelementptr float, ptr %16, i32 %20
  %26 = load float, ptr %25, align 4, !tbaa !24
  %27 = fadd float %24, %26
  %28 = add nsw i32 %20, %17
  %29 = getelementptr float, ptr %1, i32 %28
  %30 = getelementptr i8, ptr %29, i32 -4
  %31 = load float, ptr %30, align 4, !tbaa !24
  %32 = fadd float %27, %31
  %33 = getelementptr i8, ptr %29, i32 4
  %34 = load float, ptr %33, align 4, !tbaa !24
  %35 = fadd float %32, %34
  %36 = fmul float %35, 2.500000e-01
  %37 = getelementptr inbounds float, ptr %0, i32 %28
  store float %36, ptr %37, align 4, !tbaa !24
  %38 = add nuw nsw i32 %20, 1
  br label %19, !llvm.loop !26
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #6

attributes #0 = { minsize nofree norecurse nosync nounwind optsize memory(argmem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { minsize nofree norecurse nosync nounwind optsize memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { minsize nofree norecurse nosync nounwind optsize memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #6 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #7 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.errno.tbaa = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 1, !"min_enum_size", i32 4}
!2 = !{i32 8, !"PIC Level", i32 2}
!3 = !{i32 7, !"PIE Level", i32 2}
!4 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!12, !12, i64 0}
!12 = !{!"double", !7, i64 0}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = !{!7, !7, i64 0}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
!20 = distinct !{!20, !10}
!21 = distinct !{!21, !10}
!22 = distinct !{!22, !10}
!23 = distinct !{!23, !10}
!24 = !{!25, !25, i64 0}
!25 = !{!"float", !7, i64 0}
!26 = distinct !{!26, !10}
