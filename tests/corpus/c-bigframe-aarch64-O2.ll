; ModuleID = 'bigframe.c'
source_filename = "bigframe.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

@.str = private unnamed_addr constant [28 x i8] c"%d %d %d %d %d %d %d %d %d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local range(i32 0, 256) i32 @small_buffer(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [100 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  %3 = trunc i32 %0 to i8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(100) %2, i8 %3, i64 100, i1 false)
  call void @sink(ptr noundef nonnull %2, i64 noundef 100) #5
  %4 = and i32 %0, 63
  %5 = zext nneg i32 %4 to i64
  %6 = getelementptr inbounds nuw i8, ptr %2, i64 %5
  %7 = load i8, ptr %6, align 1, !tbaa !10
  %8 = zext i8 %7 to i32
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

; Function Attrs: nounwind uwtable
define dso_local i64 @page_frame(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [600 x i64], align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  %3 = sext i32 %0 to i64
  br label %4

4:                                                ; preds = %4, %1
  %5 = phi i64 [ 0, %1 ], [ %11, %4 ]
  %6 = or disjoint i64 %5, 1
  %7 = mul nsw i64 %5, %3
  %8 = mul nsw i64 %6, %3
  %9 = getelementptr inbounds nuw i64, ptr %2, i64 %5
  %10 = getelementptr inbounds nuw i64, ptr %2, i64 %6
  store i64 %7, ptr %9, align 8, !tbaa !11
  store i64 %8, ptr %10, align 8, !tbaa !11
  %11 = add nuw i64 %5, 2
  %12 = icmp eq i64 %11, 600
  br i1 %12, label %13, label %4, !llvm.loop !13

13:                                               ; preds = %4
  call void @sink(ptr noundef nonnull %2, i64 noundef 4800) #5
  %14 = srem i32 %0, 600
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds i64, ptr %2, i64 %15
  %17 = load i64, ptr %16, align 8, !tbaa !11
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i64 %17
}

; Function Attrs: nounwind uwtable
define dso_local double @huge_frame(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [64 x [64 x double]], align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  br label %3

3:                                                ; preds = %1, %30
  %4 = phi i64 [ 0, %1 ], [ %31, %30 ]
  %5 = getelementptr inbounds nuw [64 x double], ptr %2, i64 %4
  br label %6

6:                                                ; preds = %6, %3
  %7 = phi i64 [ 0, %3 ], [ %19, %6 ]
  %8 = or disjoint i64 %7, 1
  %9 = mul nuw nsw i64 %7, %4
  %10 = mul nuw nsw i64 %8, %4
  %11 = trunc i64 %9 to i32
  %12 = trunc i64 %10 to i32
  %13 = add i32 %0, %11
  %14 = add i32 %0, %12
  %15 = sitofp i32 %13 to double
  %16 = sitofp i32 %14 to double
  %17 = getelementptr inbounds nuw double, ptr %5, i64 %7
  %18 = getelementptr inbounds nuw double, ptr %5, i64 %8
  store double %15, ptr %17, align 8, !tbaa !17
  store double %16, ptr %18, align 8, !tbaa !17
  %19 = add nuw i64 %7, 2
  %20 = icmp eq i64 %19, 64
  br i1 %20, label %30, label %6, !llvm.loop !19

21:                                               ; preds = %30
  call void @sink(ptr noundef nonnull %2, i64 noundef 32768) #5
  %22 = and i32 %0, 63
  %23 = zext nneg i32 %22 to i64
  %24 = getelementptr inbounds nuw [64 x double], ptr %2, i64 %23
  %25 = lshr i32 %0, 6
  %26 = and i32 %25, 63
  %27 = zext nneg i32 %26 to i64
  %28 = getelementptr inbounds nuw double, ptr %24, i64 %27
  %29 = load double, ptr %28, align 8, !tbaa !17
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret double %29

30:                                               ; preds = %6
  %31 = add nuw nsw i64 %4, 1
  %32 = icmp eq i64 %31, 64
  br i1 %32, label %21, label %3, !llvm.loop !20
}

; Function Attrs: nounwind uwtable
define dso_local range(i32 0, 256) i32 @very_huge_frame(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [1048576 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  %3 = trunc i32 %0 to i8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 1 dereferenceable(1048576) %2, i8 %3, i64 1048576, i1 false)
  call void @sink(ptr noundef nonnull %2, i64 noundef 1048576) #5
  %4 = and i32 %0, 1048575
  %5 = zext nneg i32 %4 to i64
  %6 = getelementptr inbounds nuw i8, ptr %2, i64 %5
  %7 = load i8, ptr %6, align 1, !tbaa !10
  %8 = zext i8 %7 to i32
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i32 %8
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @call_with_big_frame(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [2048 x i32], align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  %3 = insertelement <4 x i32> poison, i32 %0, i64 0
  %4 = shufflevector <4 x i32> %3, <4 x i32> poison, <4 x i32> zeroinitializer
  br label %5

5:                                                ; preds = %5, %1
  %6 = phi i64 [ 0, %1 ], [ %13, %5 ]
  %7 = phi <4 x i32> [ <i32 0, i32 1, i32 2, i32 3>, %1 ], [ %14, %5 ]
  %8 = add <4 x i32> %7, splat (i32 4)
  %9 = xor <4 x i32> %4, %7
  %10 = xor <4 x i32> %4, %8
  %11 = getelementptr inbounds nuw i32, ptr %2, i64 %6
  %12 = getelementptr inbounds nuw i8, ptr %11, i64 16
  store <4 x i32> %9, ptr %11, align 4, !tbaa !6
  store <4 x i32> %10, ptr %12, align 4, !tbaa !6
  %13 = add nuw i64 %6, 8
  %14 = add <4 x i32> %7, splat (i32 8)
  %15 = icmp eq i64 %13, 2048
  br i1 %15, label %16, label %5, !llvm.loop !21

16:                                               ; preds = %5
  call void @sink(ptr noundef nonnull %2, i64 noundef 8192) #5
  %17 = load i32, ptr %2, align 4, !tbaa !6
  %18 = getelementptr inbounds nuw i8, ptr %2, i64 4
  %19 = load i32, ptr %18, align 4, !tbaa !6
  %20 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %21 = load i32, ptr %20, align 4, !tbaa !6
  %22 = getelementptr inbounds nuw i8, ptr %2, i64 12
  %23 = load i32, ptr %22, align 4, !tbaa !6
  %24 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %25 = load i32, ptr %24, align 4, !tbaa !6
  %26 = getelementptr inbounds nuw i8, ptr %2, i64 20
  %27 = load i32, ptr %26, align 4, !tbaa !6
  %28 = getelementptr inbounds nuw i8, ptr %2, i64 24
  %29 = load i32, ptr %28, align 4, !tbaa !6
  %30 = getelementptr inbounds nuw i8, ptr %2, i64 28
  %31 = load i32, ptr %30, align 4, !tbaa !6
  %32 = getelementptr inbounds nuw i8, ptr %2, i64 32
  %33 = load i32, ptr %32, align 4, !tbaa !6
  %34 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, i32 noundef %17, i32 noundef %19, i32 noundef %21, i32 noundef %23, i32 noundef %25, i32 noundef %27, i32 noundef %29, i32 noundef %31, i32 noundef %33)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i32 %34
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #4

attributes #0 = { nounwind uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nofree nounwind "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nounwind }

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
!10 = !{!8, !8, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"long", !8, i64 0}
!13 = distinct !{!13, !14, !15, !16}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!"llvm.loop.isvectorized", i32 1}
!16 = !{!"llvm.loop.unroll.runtime.disable"}
!17 = !{!18, !18, i64 0}
!18 = !{!"double", !8, i64 0}
!19 = distinct !{!19, !14, !15, !16}
!20 = distinct !{!20, !14}
!21 = distinct !{!21, !14, !15, !16}
