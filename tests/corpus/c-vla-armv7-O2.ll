; ModuleID = 'vla.c'
source_filename = "vla.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "armv7-unknown-linux-gnueabihf"

; Function Attrs: nounwind
define dso_local i32 @vla_sum(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca i32, i32 %0, align 4
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %8, label %4

4:                                                ; preds = %1
  %5 = shl nuw i32 %0, 2
  call void @sink(ptr noundef nonnull %2, i32 noundef %5) #7
  br label %14

6:                                                ; preds = %8
  %7 = shl nuw i32 %0, 2
  call void @sink(ptr noundef nonnull %2, i32 noundef %7) #7
  br label %16

8:                                                ; preds = %1, %8
  %9 = phi i32 [ %12, %8 ], [ 0, %1 ]
  %10 = mul nuw nsw i32 %9, %9
  %11 = getelementptr inbounds nuw i32, ptr %2, i32 %9
  store i32 %10, ptr %11, align 4, !tbaa !5
  %12 = add nuw nsw i32 %9, 1
  %13 = icmp eq i32 %12, %0
  br i1 %13, label %6, label %8, !llvm.loop !9

14:                                               ; preds = %16, %4
  %15 = phi i32 [ 0, %4 ], [ %21, %16 ]
  ret i32 %15

16:                                               ; preds = %6, %16
  %17 = phi i32 [ %22, %16 ], [ 0, %6 ]
  %18 = phi i32 [ %21, %16 ], [ 0, %6 ]
  %19 = getelementptr inbounds nuw i32, ptr %2, i32 %17
  %20 = load i32, ptr %19, align 4, !tbaa !5
  %21 = add nsw i32 %20, %18
  %22 = add nuw nsw i32 %17, 1
  %23 = icmp eq i32 %22, %0
  br i1 %23, label %14, label %16, !llvm.loop !11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #1

declare void @sink(ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define dso_local void @vla_matrix(i32 noundef %0, i32 noundef %1, ptr noundef writeonly captures(none) %2) local_unnamed_addr #3 {
  %4 = mul nuw i32 %1, %0
  %5 = alloca double, i32 %4, align 8
  %6 = icmp sgt i32 %0, 0
  br i1 %6, label %7, label %40

7:                                                ; preds = %3
  %8 = icmp sgt i32 %1, 0
  br label %9

9:                                                ; preds = %7, %23
  %10 = phi i32 [ 0, %7 ], [ %24, %23 ]
  br i1 %8, label %11, label %23

11:                                               ; preds = %9
  %12 = uitofp nneg i32 %10 to double
  %13 = mul nuw nsw i32 %10, %1
  %14 = getelementptr inbounds nuw double, ptr %5, i32 %13
  br label %26

15:                                               ; preds = %23
  %16 = icmp sgt i32 %1, 0
  %17 = shl i32 %1, 3
  %18 = add nuw i32 %0, 536870911
  %19 = mul i32 %1, %18
  %20 = shl i32 %19, 3
  %21 = mul i32 %1, -8
  %22 = getelementptr i8, ptr %5, i32 %20
  br label %33

23:                                               ; preds = %26, %9
  %24 = add nuw nsw i32 %10, 1
  %25 = icmp eq i32 %24, %0
  br i1 %25, label %15, label %9, !llvm.loop !12

26:                                               ; preds = %11, %26
  %27 = phi i32 [ 0, %11 ], [ %31, %26 ]
  %28 = uitofp nneg i32 %27 to double
  %29 = tail call double @llvm.fmuladd.f64(double %12, double 5.000000e-01, double %28)
  %30 = getelementptr inbounds nuw double, ptr %14, i32 %27
  store double %29, ptr %30, align 8, !tbaa !13
  %31 = add nuw nsw i32 %27, 1
  %32 = icmp eq i32 %31, %1
  br i1 %32, label %23, label %26, !llvm.loop !15

33:                                               ; preds = %15, %41
  %34 = phi i32 [ 0, %15 ], [ %42, %41 ]
  br i1 %16, label %35, label %41

35:                                               ; preds = %33
  %36 = mul i32 %21, %34
  %37 = getelementptr i8, ptr %22, i32 %36
  %38 = mul i32 %17, %34
  %39 = getelementptr i8, ptr %2, i32 %38
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %39, ptr align 8 %37, i32 %17, i1 false), !tbaa !13
  br label %41

40:                                               ; preds = %41, %3
  ret void

41:                                               ; preds = %35, %33
  %42 = add nuw nsw i32 %34, 1
  %43 = icmp eq i32 %42, %0
  br i1 %43, label %40, label %33, !llvm.loop !16
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #4

; Function Attrs: nounwind
define dso_local i32 @alloca_loop(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %6, label %4

4:                                                ; preds = %6, %2
  %5 = phi i32 [ 0, %2 ], [ %14, %6 ]
  ret i32 %5

6:                                                ; preds = %2, %6
  %7 = phi i32 [ %14, %6 ], [ 0, %2 ]
  %8 = phi i32 [ %15, %6 ], [ 0, %2 ]
  %9 = getelementptr inbounds nuw i32, ptr %0, i32 %8
  %10 = load i32, ptr %9, align 4, !tbaa !5
  %11 = alloca i8, i32 %10, align 8
  %12 = trunc i32 %8 to i8
  call void @llvm.memset.p0.i32(ptr nonnull align 8 %11, i8 %12, i32 %10, i1 false)
  call void @sink(ptr noundef nonnull %11, i32 noundef %10) #7
  %13 = load i32, ptr %9, align 4, !tbaa !5
  %14 = add i32 %13, %7
  %15 = add nuw nsw i32 %8, 1
  %16 = icmp eq i32 %15, %1
  br i1 %16, label %4, label %6, !llvm.loop !17
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr writeonly captures(none), i8, i32, i1 immarg) #5

; Function Attrs: nounwind
define dso_local i32 @scoped_vla(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %6, label %4

4:                                                ; preds = %6, %2
  %5 = phi i32 [ 0, %2 ], [ %15, %6 ]
  ret i32 %5

6:                                                ; preds = %2, %6
  %7 = phi i32 [ %15, %6 ], [ 0, %2 ]
  %8 = phi i32 [ %16, %6 ], [ 0, %2 ]
  %9 = add nsw i32 %8, %0
  %10 = call ptr @llvm.stacksave.p0()
  %11 = alloca i8, i32 %9, align 1
  %12 = trunc i32 %8 to i8
  call void @llvm.memset.p0.i32(ptr nonnull align 1 %11, i8 %12, i32 %9, i1 false)
  call void @sink(ptr noundef nonnull %11, i32 noundef %9) #7
  %13 = load i8, ptr %11, align 1, !tbaa !18
  %14 = zext i8 %13 to i32
  %15 = add nuw nsw i32 %7, %14
  call void @llvm.stackrestore.p0(ptr %10)
  %16 = add nuw nsw i32 %8, 1
  %17 = icmp eq i32 %16, %1
  br i1 %17, label %4, label %6, !llvm.loop !19
}

; Function Attrs: nounwind
define dso_local noundef range(i32 0, 64) i32 @aligned_alloca(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca i8, i32 %0, align 64
  call void @sink(ptr noundef nonnull %2, i32 noundef %0) #7
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #6

attributes #0 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #2 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #3 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #4 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = !{!14, !14, i64 0}
!14 = !{!"double", !7, i64 0}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !10}
!18 = !{!7, !7, i64 0}
!19 = distinct !{!19, !10}
