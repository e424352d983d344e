; ModuleID = 'loops.c'
source_filename = "loops.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "thumbv7em-unknown-none-eabi"

; Function Attrs: minsize nofree norecurse nosync nounwind optsize memory(argmem: readwrite)
define dso_local void @matmul(i32 noundef %0, ptr noundef readonly captures(none) %1, ptr noundef readonly captures(none) %2, ptr noundef writeonly captures(none) %3) local_unnamed_addr #0 {
  br label %5

5:                                                ; preds = %18, %4
  %6 = phi i32 [ 0, %4 ], [ %19, %18 ]
  %7 = icmp slt i32 %6, %0
  br i1 %7, label %8, label %12

8:                                                ; preds = %5
  %9 = mul nsw i32 %6, %0
  %10 = getelementptr double, ptr %1, i32 %9
  %11 = getelementptr double, ptr %3, i32 %9
  br label %13

12:                                               ; preds = %5
  ret void

13:                                               ; preds = %8, %24
  %14 = phi i32 [ %26, %24 ], [ 0, %8 ]
  %15 = icmp eq i32 %14, %0
  br i1 %15, label %18, label %16

16:                                               ; preds = %13
  %17 = getelementptr double, ptr %2, i32 %14
  br label %20

18:                                               ; preds = %13
  %19 = add nuw nsw i32 %6, 1
  br label %5, !llvm.loop !7

20:                                               ; preds = %16, %27
  %21 = phi double [ %33, %27 ], [ 0.000000e+00, %16 ]
  %22 = phi i32 [ %34, %27 ], [ 0, %16 ]
  %23 = icmp eq i32 %22, %0
  br i1 %23, label %24, label %27

24:                                               ; preds = %20
  %25 = getelementptr double, ptr %11, i32 %14
  store double %21, ptr %25, align 8, !tbaa !9
  %26 = add nuw i32 %14, 1
  br label %13, !llvm.loop !11

27:                                               ; preds = %20
  %28 = getelementptr double, ptr %10, i32 %22
  %29 = load double, ptr %28, align 8, !tbaa !9
  %30 = mul nsw i32 %22, %0
  %31 = getelementptr double, ptr %17, i32 %30
  %32 = load double, ptr %31, align 8, !tbaa !9
  %33 = tail call double @llvm.fmuladd.f64(double %29, double %32, double %21)
  %34 = add nuw i32 %22, 1
  br label %20, !llvm.loop !12
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
  %11 = load i8, ptr %10, align 1, !tbaa !13
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
  br label %3, !llvm.loop !14

20:                                               ; preds = %14
  %21 = lshr i32 %15, 1
  %22 = and i32 %15, 1
  %23 = icmp eq i32 %22, 0
  %24 = select i1 %23, i32 0, i32 -306674912
  %25 = xor i32 %24, %21
  %26 = add nuw nsw i32 %16, 1
  br label %14, !llvm.loop !15
}

; Function Attrs: minsize nofree norecurse nosync nounwind optsize memory(argmem: readwrite)
define dso_local i64 @prefix_sums(ptr noundef captures(none) %0, i32 noundef %1) local_unnamed_addr #0 {
  br label %3

3:                                                ; preds = %8, %2
  %4 = phi i64 [ 0, %2 ], [ %12, %8 ]
  %5 = phi i32 [ 0, %2 ], [ %14, %8 ]
  %6 = icmp slt i32 %5, %1
  br i1 %6, label %8, label %7

7:                                                ; preds = %3
  ret i64 %4

8:                                                ; preds = %3
  %9 = getelementptr inbounds nuw i32, ptr %0, i32 %5
  %10 = load i32, ptr %9, align 4, !tbaa !3
  %11 = sext i32 %10 to i64
  %12 = add nsw i64 %4, %11
  %13 = trunc i64 %12 to i32
  store i32 %13, ptr %9, align 4, !tbaa !3
  %14 = add nuw nsw i32 %5, 1
  br label %3, !llvm.loop !16
}

; Function Attrs: minsize nofree norecurse nosync nounwind optsize memory(argmem: readwrite)
define dso_local range(i32 257, 256) i32 @histogram(ptr noundef readonly captures(none) %0, i32 noundef %1, ptr noundef writeonly captures(none) %2) local_unnamed_addr #0 {
  %4 = alloca [256 x i32], align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #6
  call void @llvm.memset.p0.i32(ptr noundef nonnull align 4 dereferenceable(1024) %4, i8 0, i32 1024, i1 false)
  br label %5

5:                                                ; preds = %8, %3
  %6 = phi i32 [ 0, %3 ], [ %15, %8 ]
  %7 = icmp eq i32 %6, %1
  br i1 %7, label %16, label %8

8:                                                ; preds = %5
  %9 = getelementptr inbounds nuw i8, ptr %0, i32 %6
  %10 = load i8, ptr %9, align 1, !tbaa !13
  %11 = zext i8 %10 to i32
  %12 = getelementptr inbounds nuw i32, ptr %4, i32 %11
  %13 = load i32, ptr %12, align 4, !tbaa !3
  %14 = add i32 %13, 1
  store i32 %14, ptr %12, align 4, !tbaa !3
  %15 = add i32 %6, 1
  br label %5, !llvm.loop !17

16:                                               ; preds = %5, %21
  %17 = phi i32 [ %28, %21 ], [ 0, %5 ]
  %18 = phi i32 [ %29, %21 ], [ 0, %5 ]
  %19 = icmp eq i32 %18, 256
  br i1 %19, label %20, label %21

20:                                               ; preds = %16
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #6
  ret i32 %17

21:                                               ; preds = %16
  %22 = getelementptr inbounds nuw i32, ptr %4, i32 %18
  %23 = load i32, ptr %22, align 4, !tbaa !3
  %24 = getelementptr inbounds nuw i32, ptr %2, i32 %18
  store i32 %23, ptr %24, align 4, !tbaa !3
  %25 = getelementptr inbounds nuw i32, ptr %4, i32 %17
  %26 = load i32, ptr %25, align 4, !tbaa !3
  %27 = icmp ugt i32 %23, %26
  %28 = select i1 %27, i32 %18, i32 %17
  %29 = add nuw nsw i32 %18, 1
  br label %16, !llvm.loop !18
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr writeonly captures(none), i8, i32, i1 immarg) #4

; Function Attrs: minsize nofree norecurse nosync nounwind optsize memory(none)
define dso_local i32 @count_primes() local_unnamed_addr #5 {
  %1 = alloca [4096 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #6
  call void @llvm.memset.p0.i32(ptr noundef nonnull align 1 dereferenceable(4096) %1, i8 0, i32 4096, i1 false)
  br label %2

2:                                                ; preds = %21, %0
  %3 = phi i32 [ 0, %0 ], [ %22, %21 ]
  %4 = phi i32 [ 2, %0 ], [ %23, %21 ]
  %5 = icmp eq i32 %4, 4096
  br i1 %5, label %6, label %7

6:                                                ; preds = %2
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #6
  ret i32 %3

7:                                                ; preds = %2
  %8 = getelementptr inbounds nuw i8, ptr %1, i32 %4
  %9 = load i8, ptr %8, align 1, !tbaa !13
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
  store i8 1, ptr %17, align 1, !tbaa !13
  %18 = add nuw nsw i32 %14, %4
  br label %13, !llvm.loop !19

19:                                               ; preds = %13
  %20 = add nsw i32 %3, 1
  br label %21

21:                                               ; preds = %19, %7
  %22 = phi i32 [ %3, %7 ], [ %20, %19 ]
  %23 = add nuw nsw i32 %4, 1
  br label %2, !llvm.loop !20
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
  br i1 %21, label %22, label %7, !llvm.loop !21

22:                                               ; preds = %19
  %23 = getelementptr float, ptr %13, i32 %20
  %24 = load float, ptr %23, align 4, !tbaa !22
  %25 = getelementptr float, ptr %16, i32 %20
  %26 = load float, ptr %25, align 4, !tbaa !22
  %27 = fadd float %24, %26
  %28 = add nsw i32 %20, %17
  %29 = getelementptr float, ptr %1, i32 %28
  %30 = getelementptr i8, ptr %29, i32 -4
  %31 = load float, ptr %30, align 4, !tbaa !22
  %32 = fadd float %27, %31
  %33 = getelementptr i8, ptr %29, i32 4
  %34 = load float, ptr %33, align 4, !tbaa !22
  %35 = fadd float %32, %34
  %36 = fmul float %35, 2.500000e-01
  %37 = getelementptr inbounds float, ptr %0, i32 %28
  store float %36, ptr %37, align 4, !tbaa !22
  %38 = add nuw nsw i32 %20, 1
  br label %19, !llvm.loop !24
}

attributes #0 = { minsize nofree norecurse nosync nounwind optsize memory(argmem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { minsize nofree norecurse nosync nounwind optsize memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { minsize nofree norecurse nosync nounwind optsize memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #6 = { nounwind }

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
!7 = distinct !{!7, !8}
!8 = !{!"llvm.loop.mustprogress"}
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !5, i64 0}
!11 = distinct !{!11, !8}
!12 = distinct !{!12, !8}
!13 = !{!5, !5, i64 0}
!14 = distinct !{!14, !8}
!15 = distinct !{!15, !8}
!16 = distinct !{!16, !8}
!17 = distinct !{!17, !8}
!18 = distinct !{!18, !8}
!19 = distinct !{!19, !8}
!20 = distinct !{!20, !8}
!21 = distinct !{!21, !8}
!22 = !{!23, !23, i64 0}
!23 = !{!"float", !5, i64 0}
!24 = distinct !{!24, !8}
