; ModuleID = 'bigframe.c'
source_filename = "bigframe.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "armv7-unknown-linux-gnueabihf"

@.str = private unnamed_addr constant [28 x i8] c"%d %d %d %d %d %d %d %d %d\0A\00", align 1

; Function Attrs: nounwind
define dso_local range(i32 0, 256) i32 @small_buffer(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [100 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  %3 = trunc i32 %0 to i8
  call void @llvm.memset.p0.i32(ptr noundef nonnull align 1 dereferenceable(100) %2, i8 %3, i32 100, i1 false)
  call void @sink(ptr noundef nonnull %2, i32 noundef 100) #5
  %4 = and i32 %0, 63
  %5 = getelementptr inbounds nuw i8, ptr %2, i32 %4
  %6 = load i8, ptr %5, align 1, !tbaa !9
  %7 = zext i8 %6 to i32
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i32 %7
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr writeonly captures(none), i8, i32, i1 immarg) #2

declare void @sink(ptr noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind
define dso_local i64 @page_frame(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [600 x i64], align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  %3 = sext i32 %0 to i64
  br label %8

4:                                                ; preds = %8
  call void @sink(ptr noundef nonnull %2, i32 noundef 4800) #5
  %5 = srem i32 %0, 600
  %6 = getelementptr inbounds i64, ptr %2, i32 %5
  %7 = load i64, ptr %6, align 8, !tbaa !10
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i64 %7

8:                                                ; preds = %1, %8
  %9 = phi i32 [ 0, %1 ], [ %13, %8 ]
  %10 = zext nneg i32 %9 to i64
  %11 = mul nsw i64 %10, %3
  %12 = getelementptr inbounds nuw i64, ptr %2, i32 %9
  store i64 %11, ptr %12, align 8, !tbaa !10
  %13 = add nuw nsw i32 %9, 1
  %14 = icmp eq i32 %13, 600
  br i1 %14, label %4, label %8, !llvm.loop !12
}

; Function Attrs: nounwind
define dso_local double @huge_frame(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [64 x [64 x double]], align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  br label %3

3:                                                ; preds = %1, %13
  %4 = phi i32 [ 0, %1 ], [ %14, %13 ]
  %5 = getelementptr inbounds nuw [64 x double], ptr %2, i32 %4
  br label %16

6:                                                ; preds = %13
  call void @sink(ptr noundef nonnull %2, i32 noundef 32768) #5
  %7 = and i32 %0, 63
  %8 = getelementptr inbounds nuw [64 x double], ptr %2, i32 %7
  %9 = lshr i32 %0, 6
  %10 = and i32 %9, 63
  %11 = getelementptr inbounds nuw double, ptr %8, i32 %10
  %12 = load double, ptr %11, align 8, !tbaa !14
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret double %12

13:                                               ; preds = %16
  %14 = add nuw nsw i32 %4, 1
  %15 = icmp eq i32 %14, 64
  br i1 %15, label %6, label %3, !llvm.loop !16

16:                                               ; preds = %3, %16
  %17 = phi i32 [ 0, %3 ], [ %22, %16 ]
  %18 = mul nuw nsw i32 %17, %4
  %19 = add nsw i32 %18, %0
  %20 = sitofp i32 %19 to double
  %21 = getelementptr inbounds nuw double, ptr %5, i32 %17
  store double %20, ptr %21, align 8, !tbaa !14
  %22 = add nuw nsw i32 %17, 1
  %23 = icmp eq i32 %22, 64
  br i1 %23, label %13, label %16, !llvm.loop !17
}

; Function Attrs: nounwind
define dso_local range(i32 0, 256) i32 @very_huge_frame(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [1048576 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  %3 = trunc i32 %0 to i8
  call void @llvm.memset.p0.i32(ptr noundef nonnull align 1 dereferenceable(1048576) %2, i8 %3, i32 1048576, i1 false)
  call void @sink(ptr noundef nonnull %2, i32 noundef 1048576) #5
  %4 = and i32 %0, 1048575
  %5 = getelementptr inbounds nuw i8, ptr %2, i32 %4
  %6 = load i8, ptr %5, align 1, !tbaa !9
  %7 = zext i8 %6 to i32
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i32 %7
}

; Function Attrs: nounwind
define dso_local noundef i32 @call_with_big_frame(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [2048 x i32], align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  br label %22

3:                                                ; preds = %22
  call void @sink(ptr noundef nonnull %2, i32 noundef 8192) #5
  %4 = load i32, ptr %2, align 4, !tbaa !5
  %5 = getelementptr inbounds nuw i8, ptr %2, i32 4
  %6 = load i32, ptr %5, align 4, !tbaa !5
  %7 = getelementptr inbounds nuw i8, ptr %2, i32 8
  %8 = load i32, ptr %7, align 4, !tbaa !5
  %9 = getelementptr inbounds nuw i8, ptr %2, i32 12
  %10 = load i32, ptr %9, align 4, !tbaa !5
  %11 = getelementptr inbounds nuw i8, ptr %2, i32 16
  %12 = load i32, ptr %11, align 4, !tbaa !5
  %13 = getelementptr inbounds nuw i8, ptr %2, i32 20
  %14 = load i32, ptr %13, align 4, !tbaa !5
  %15 = getelementptr inbounds nuw i8, ptr %2, i32 24
  %16 = load i32, ptr %15, align 4, !tbaa !5
  %17 = getelementptr inbounds nuw i8, ptr %2, i32 28
  %18 = load i32, ptr %17, align 4, !tbaa !5
  %19 = getelementptr inbounds nuw i8, ptr %2, i32 32
  %20 = load i32, ptr %19, align 4, !tbaa !5
  %21 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %4, i32 noundef %6, i32 noundef %8, i32 noundef %10, i32 noundef %12, i32 noundef %14, i32 noundef %16, i32 noundef %18, i32 noundef %20)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i32 %21

22:                                               ; preds = %1, %22
  %23 = phi i32 [ 0, %1 ], [ %26, %22 ]
  %24 = xor i32 %23, %0
  %25 = getelementptr inbounds nuw i32, ptr %2, i32 %23
  store i32 %24, ptr %25, align 4, !tbaa !5
  %26 = add nuw nsw i32 %23, 1
  %27 = icmp eq i32 %26, 2048
  br i1 %27, label %3, label %22, !llvm.loop !18
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

attributes #0 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #5 = { nounwind }

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
!9 = !{!7, !7, i64 0}
!10 = !{!11, !11, i64 0}
!11 = !{!"long long", !7, i64 0}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!15, !15, i64 0}
!15 = !{!"double", !7, i64 0}
!16 = distinct !{!16, !13}
!17 = distinct !{!17, !13}
!18 = distinct !{!18, !13}
