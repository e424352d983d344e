; ModuleID = 'bigframe.c'
source_filename = "bigframe.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.str = private unnamed_addr constant [28 x i8] c"%d %d %d %d %d %d %d %d %d\0A\00", align 1

; Function Attrs: nounwind sspstrong uwtable
define dso_local range(i32 -128, 128) i32 @small_buffer(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [100 x i8], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  %3 = trunc i32 %0 to i8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(100) %2, i8 %3, i64 100, i1 false)
  call void @sink(ptr noundef nonnull %2, i64 noundef 100) #5
  %4 = and i32 %0, 63
  %5 = zext nneg i32 %4 to i64
  %6 = getelementptr inbounds nuw i8, ptr %2, i64 %5
  %7 = load i8, ptr %6, align 1, !tbaa !10
  %8 = sext i8 %7 to i32
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i32 %8
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

declare void @sink(ptr noundef, i64 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind sspstrong uwtable
define dso_local i64 @page_frame(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [600 x i64], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  %3 = sext i32 %0 to i64
  br label %9

4:                                                ; preds = %9
  call void @sink(ptr noundef nonnull %2, i64 noundef 4800) #5
  %5 = srem i32 %0, 600
  %6 = sext i32 %5 to i64
  %7 = getelementptr inbounds i64, ptr %2, i64 %6
  %8 = load i64, ptr %7, align 8, !tbaa !11
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i64 %8

9:                                                ; preds = %9, %1
  %10 = phi i64 [ 0, %1 ], [ %28, %9 ]
  %11 = mul nsw i64 %10, %3
  %12 = getelementptr inbounds nuw i64, ptr %2, i64 %10
  store i64 %11, ptr %12, align 16, !tbaa !11
  %13 = or disjoint i64 %10, 1
  %14 = mul nsw i64 %13, %3
  %15 = getelementptr inbounds nuw i64, ptr %2, i64 %13
  store i64 %14, ptr %15, align 8, !tbaa !11
  %16 = add nuw nsw i64 %10, 2
  %17 = mul nsw i64 %16, %3
  %18 = getelementptr inbounds nuw i64, ptr %2, i64 %16
  store i64 %17, ptr %18, align 16, !tbaa !11
  %19 = add nuw nsw i64 %10, 3
  %20 = mul nsw i64 %19, %3
  %21 = getelementptr inbounds nuw i64, ptr %2, i64 %19
  store i64 %20, ptr %21, align 8, !tbaa !11
  %22 = add nuw nsw i64 %10, 4
  %23 = mul nsw i64 %22, %3
  %24 = getelementptr inbounds nuw i64, ptr %2, i64 %22
  store i64 %23, ptr %24, align 16, !tbaa !11
  %25 = add nuw nsw i64 %10, 5
  %26 = mul nsw i64 %25, %3
  %27 = getelementptr inbounds nuw i64, ptr %2, i64 %25
  store i64 %26, ptr %27, align 8, !tbaa !11
  %28 = add nuw nsw i64 %10, 6
  %29 = icmp eq i64 %28, 600
  br i1 %29, label %4, label %9, !llvm.loop !13
}

; Function Attrs: nounwind sspstrong uwtable
define dso_local double @huge_frame(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [64 x [64 x double]], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  %3 = insertelement <2 x i32> poison, i32 %0, i64 0
  %4 = shufflevector <2 x i32> %3, <2 x i32> poison, <2 x i32> zeroinitializer
  br label %5

5:                                                ; preds = %1, %36
  %6 = phi i64 [ 0, %1 ], [ %37, %36 ]
  %7 = getelementptr inbounds nuw [64 x double], ptr %2, i64 %6
  %8 = insertelement <2 x i64> poison, i64 %6, i64 0
  %9 = shufflevector <2 x i64> %8, <2 x i64> poison, <2 x i32> zeroinitializer
  br label %10

10:                                               ; preds = %10, %5
  %11 = phi i64 [ 0, %5 ], [ %24, %10 ]
  %12 = phi <2 x i64> [ <i64 0, i64 1>, %5 ], [ %25, %10 ]
  %13 = add <2 x i64> %12, splat (i64 2)
  %14 = mul nuw nsw <2 x i64> %12, %9
  %15 = mul nuw nsw <2 x i64> %13, %9
  %16 = trunc <2 x i64> %14 to <2 x i32>
  %17 = trunc <2 x i64> %15 to <2 x i32>
  %18 = add <2 x i32> %4, %16
  %19 = add <2 x i32> %4, %17
  %20 = sitofp <2 x i32> %18 to <2 x double>
  %21 = sitofp <2 x i32> %19 to <2 x double>
  %22 = getelementptr inbounds nuw double, ptr %7, i64 %11
  %23 = getelementptr inbounds nuw i8, ptr %22, i64 16
  store <2 x double> %20, ptr %22, align 16, !tbaa !15
  store <2 x double> %21, ptr %23, align 16, !tbaa !15
  %24 = add nuw i64 %11, 4
  %25 = add <2 x i64> %12, splat (i64 4)
  %26 = icmp eq i64 %24, 64
  br i1 %26, label %36, label %10, !llvm.loop !17

27:                                               ; preds = %36
  call void @sink(ptr noundef nonnull %2, i64 noundef 32768) #5
  %28 = and i32 %0, 63
  %29 = zext nneg i32 %28 to i64
  %30 = getelementptr inbounds nuw [64 x double], ptr %2, i64 %29
  %31 = lshr i32 %0, 6
  %32 = and i32 %31, 63
  %33 = zext nneg i32 %32 to i64
  %34 = getelementptr inbounds nuw double, ptr %30, i64 %33
  %35 = load double, ptr %34, align 8, !tbaa !15
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret double %35

36:                                               ; preds = %10
  %37 = add nuw nsw i64 %6, 1
  %38 = icmp eq i64 %37, 64
  br i1 %38, label %27, label %5, !llvm.loop !20
}

; Function Attrs: nounwind sspstrong uwtable
define dso_local range(i32 -128, 128) i32 @very_huge_frame(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [1048576 x i8], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  %3 = trunc i32 %0 to i8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(1048576) %2, i8 %3, i64 1048576, i1 false)
  call void @sink(ptr noundef nonnull %2, i64 noundef 1048576) #5
  %4 = and i32 %0, 1048575
  %5 = zext nneg i32 %4 to i64
  %6 = getelementptr inbounds nuw i8, ptr %2, i64 %5
  %7 = load i8, ptr %6, align 1, !tbaa !10
  %8 = sext i8 %7 to i32
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i32 %8
}

; Function Attrs: nounwind sspstrong uwtable
define dso_local noundef i32 @call_with_big_frame(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [2048 x i32], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  %3 = insertelement <4 x i32> poison, i32 %0, i64 0
  %4 = shufflevector <4 x i32> %3, <4 x i32> poison, <4 x i32> zeroinitializer
  br label %5

5:                                                ; preds = %5, %1
  %6 = phi i64 [ 0, %1 ], [ %20, %5 ]
  %7 = phi <4 x i32> [ <i32 0, i32 1, i32 2, i32 3>, %1 ], [ %21, %5 ]
  %8 = add <4 x i32> %7, splat (i32 4)
  %9 = xor <4 x i32> %4, %7
  %10 = xor <4 x i32> %4, %8
  %11 = getelementptr inbounds nuw i32, ptr %2, i64 %6
  %12 = getelementptr inbounds nuw i8, ptr %11, i64 16
  store <4 x i32> %9, ptr %11, align 16, !tbaa !6
  store <4 x i32> %10, ptr %12, align 16, !tbaa !6
  %13 = add <4 x i32> %7, splat (i32 8)
  %14 = add <4 x i32> %7, splat (i32 12)
  %15 = xor <4 x i32> %4, %13
  %16 = xor <4 x i32> %4, %14
  %17 = getelementptr inbounds nuw i32, ptr %2, i64 %6
  %18 = getelementptr inbounds nuw i8, ptr %17, i64 32
  %19 = getelementptr inbounds nuw i8, ptr %17, i64 48
  store <4 x i32> %15, ptr %18, align 16, !tbaa !6
  store <4 x i32> %16, ptr %19, align 16, !tbaa !6
  %20 = add nuw nsw i64 %6, 16
  %21 = add <4 x i32> %7, splat (i32 16)
  %22 = icmp eq i64 %20, 2048
  br i1 %22, label %23, label %5, !llvm.loop !21

23:                                               ; preds = %5
  call void @sink(ptr noundef nonnull %2, i64 noundef 8192) #5
  %24 = load i32, ptr %2, align 16, !tbaa !6
  %25 = getelementptr inbounds nuw i8, ptr %2, i64 4
  %26 = load i32, ptr %25, align 4, !tbaa !6
  %27 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %28 = load i32, ptr %27, align 8, !tbaa !6
  %29 = getelementptr inbounds nuw i8, ptr %2, i64 12
  %30 = load i32, ptr %29, align 4, !tbaa !6
  %31 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %32 = load i32, ptr %31, align 16, !tbaa !6
  %33 = getelementptr inbounds nuw i8, ptr %2, i64 20
  %34 = load i32, ptr %33, align 4, !tbaa !6
  %35 = getelementptr inbounds nuw i8, ptr %2, i64 24
  %36 = load i32, ptr %35, align 8, !tbaa !6
  %37 = getelementptr inbounds nuw i8, ptr %2, i64 28
  %38 = load i32, ptr %37, align 4, !tbaa !6
  %39 = getelementptr inbounds nuw i8, ptr %2, i64 32
  %40 = load i32, ptr %39, align 16, !tbaa !6
  %41 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %24, i32 noundef %26, i32 noundef %28, i32 noundef %30, i32 noundef %32, i32 noundef %34, i32 noundef %36, i32 noundef %38, i32 noundef %40)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i32 %41
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

attributes #0 = { nounwind sspstrong uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "probe-stack"="inline-asm" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}
!llvm.errno.tbaa = !{!6}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 4, !"probe-stack", !"inline-asm"}
!2 = !{i32 8, !"PIC Level", i32 2}
!3 = !{i32 7, !"PIE Level", i32 2}
!4 = !{i32 7, !"uwtable", i32 2}
!5 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = !{!8, !8, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"long", !8, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!16, !16, i64 0}
!16 = !{!"double", !8, i64 0}
!17 = distinct !{!17, !14, !18, !19}
!18 = !{!"llvm.loop.isvectorized", i32 1}
!19 = !{!"llvm.loop.unroll.runtime.disable"}
!20 = distinct !{!20, !14}
!21 = distinct !{!21, !14, !18, !19}
