; ModuleID = 'align.c'
source_filename = "align.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.wide = type { [4 x double] }
%struct.cacheline = type { [64 x i8] }

; Function Attrs: nounwind uwtable
define dso_local range(i32 0, 256) i32 @aligned_local(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [64 x i8], align 64
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  %3 = trunc i32 %0 to i8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(64) %2, i8 %3, i64 64, i1 false)
  call void @sink(ptr noundef nonnull %2, i64 noundef 64) #5
  %4 = getelementptr inbounds nuw i8, ptr %2, i64 3
  %5 = load i8, ptr %4, align 1, !tbaa !10
  %6 = zext i8 %5 to i32
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i32 %6
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #2

declare void @sink(ptr noundef, i64 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define dso_local range(i32 0, 256) i32 @very_aligned(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [128 x i8], align 4096
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  %3 = trunc i32 %0 to i8
  store i8 %3, ptr %2, align 4096, !tbaa !10
  call void @sink(ptr noundef nonnull %2, i64 noundef 128) #5
  %4 = load i8, ptr %2, align 4096, !tbaa !10
  %5 = zext i8 %4 to i32
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i32 %5
}

; Function Attrs: nounwind uwtable
define dso_local double @aligned_with_call(ptr noundef readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = alloca %struct.wide, align 32
  %3 = alloca [3 x %struct.cacheline], align 64
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #5
  %4 = load <2 x double>, ptr %0, align 8, !tbaa !11
  %5 = fmul <2 x double> %4, splat (double 2.000000e+00)
  store <2 x double> %5, ptr %2, align 32, !tbaa !11
  %6 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %7 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %8 = getelementptr inbounds nuw i8, ptr %2, i64 24
  %9 = load <2 x double>, ptr %6, align 8, !tbaa !11
  %10 = fmul <2 x double> %9, splat (double 2.000000e+00)
  store <2 x double> %10, ptr %7, align 16, !tbaa !11
  call void @sink(ptr noundef nonnull %2, i64 noundef 32) #5
  call void @sink(ptr noundef nonnull %3, i64 noundef 192) #5
  %11 = load double, ptr %2, align 32, !tbaa !11
  %12 = load double, ptr %8, align 8, !tbaa !11
  %13 = fadd double %11, %12
  %14 = getelementptr inbounds nuw i8, ptr %3, i64 69
  %15 = load i8, ptr %14, align 1, !tbaa !10
  %16 = uitofp i8 %15 to double
  %17 = fadd double %13, %16
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #5
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret double %17
}

; Function Attrs: nounwind uwtable
define dso_local range(i32 -2147483643, -2147483648) i32 @aligned_and_vla(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [32 x i32], align 128
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #5
  %3 = zext i32 %0 to i64
  %4 = tail call ptr @llvm.stacksave.p0()
  %5 = alloca i32, i64 %3, align 16
  store <4 x i32> <i32 0, i32 1, i32 2, i32 3>, ptr %2, align 128, !tbaa !6
  %6 = getelementptr inbounds nuw i8, ptr %2, i64 16
  store <4 x i32> <i32 4, i32 5, i32 6, i32 7>, ptr %6, align 16, !tbaa !6
  %7 = getelementptr inbounds nuw i8, ptr %2, i64 32
  store <4 x i32> <i32 8, i32 9, i32 10, i32 11>, ptr %7, align 32, !tbaa !6
  %8 = getelementptr inbounds nuw i8, ptr %2, i64 48
  store <4 x i32> <i32 12, i32 13, i32 14, i32 15>, ptr %8, align 16, !tbaa !6
  %9 = getelementptr inbounds nuw i8, ptr %2, i64 64
  store <4 x i32> <i32 16, i32 17, i32 18, i32 19>, ptr %9, align 64, !tbaa !6
  %10 = getelementptr inbounds nuw i8, ptr %2, i64 80
  store <4 x i32> <i32 20, i32 21, i32 22, i32 23>, ptr %10, align 16, !tbaa !6
  %11 = getelementptr inbounds nuw i8, ptr %2, i64 96
  store <4 x i32> <i32 24, i32 25, i32 26, i32 27>, ptr %11, align 32, !tbaa !6
  %12 = getelementptr inbounds nuw i8, ptr %2, i64 112
  store <4 x i32> <i32 28, i32 29, i32 30, i32 31>, ptr %12, align 16, !tbaa !6
  %13 = icmp sgt i32 %0, 0
  br i1 %13, label %14, label %36

14:                                               ; preds = %1
  %15 = add nsw i32 %0, -33
  %16 = icmp ult i32 %15, -25
  br i1 %16, label %34, label %17

17:                                               ; preds = %14
  %18 = and i64 %3, 56
  %19 = getelementptr inbounds nuw i8, ptr %5, i64 16
  store <4 x i32> <i32 0, i32 1, i32 2, i32 3>, ptr %5, align 16, !tbaa !6
  store <4 x i32> <i32 4, i32 5, i32 6, i32 7>, ptr %19, align 16, !tbaa !6
  %20 = icmp eq i64 %18, 8
  br i1 %20, label %32, label %21, !llvm.loop !13

21:                                               ; preds = %17
  %22 = getelementptr inbounds nuw i8, ptr %5, i64 32
  %23 = getelementptr inbounds nuw i8, ptr %5, i64 48
  store <4 x i32> <i32 8, i32 9, i32 10, i32 11>, ptr %22, align 16, !tbaa !6
  store <4 x i32> <i32 12, i32 13, i32 14, i32 15>, ptr %23, align 16, !tbaa !6
  %24 = icmp eq i64 %18, 16
  br i1 %24, label %32, label %25, !llvm.loop !13

25:                                               ; preds = %21
  %26 = getelementptr inbounds nuw i8, ptr %5, i64 64
  %27 = getelementptr inbounds nuw i8, ptr %5, i64 80
  store <4 x i32> <i32 16, i32 17, i32 18, i32 19>, ptr %26, align 16, !tbaa !6
  store <4 x i32> <i32 20, i32 21, i32 22, i32 23>, ptr %27, align 16, !tbaa !6
  %28 = icmp eq i64 %18, 24
  br i1 %28, label %32, label %29, !llvm.loop !13

29:                                               ; preds = %25
  %30 = getelementptr inbounds nuw i8, ptr %5, i64 96
  %31 = getelementptr inbounds nuw i8, ptr %5, i64 112
  store <4 x i32> <i32 24, i32 25, i32 26, i32 27>, ptr %30, align 16, !tbaa !6
  store <4 x i32> <i32 28, i32 29, i32 30, i32 31>, ptr %31, align 16, !tbaa !6
  br label %32

32:                                               ; preds = %29, %25, %21, %17
  %33 = icmp eq i64 %18, %3
  br i1 %33, label %36, label %34

34:                                               ; preds = %14, %32
  %35 = phi i64 [ 0, %14 ], [ %18, %32 ]
  br label %40

36:                                               ; preds = %40, %32, %1
  %37 = shl nuw nsw i64 %3, 2
  call void @sink(ptr noundef nonnull %5, i64 noundef %37) #5
  %38 = load i32, ptr %5, align 16, !tbaa !6
  %39 = add nsw i32 %38, 5
  call void @llvm.stackrestore.p0(ptr %4)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #5
  ret i32 %39

40:                                               ; preds = %34, %40
  %41 = phi i64 [ %46, %40 ], [ %35, %34 ]
  %42 = and i64 %41, 31
  %43 = getelementptr inbounds nuw i32, ptr %2, i64 %42
  %44 = load i32, ptr %43, align 4, !tbaa !6
  %45 = getelementptr inbounds nuw i32, ptr %5, i64 %41
  store i32 %44, ptr %45, align 4, !tbaa !6
  %46 = add nuw nsw i64 %41, 1
  %47 = icmp eq i64 %46, %3
  br i1 %47, label %36, label %40, !llvm.loop !17
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #4

; Function Attrs: nounwind uwtable
define dso_local void @vec_madd(ptr dead_on_unwind noalias writable writeonly sret(<8 x float>) align 16 captures(none) initializes((0, 32)) %0, ptr dead_on_return noundef readonly captures(none) %1, ptr dead_on_return noundef readonly captures(none) %2, ptr dead_on_return noundef readonly captures(none) %3) local_unnamed_addr #0 {
  %5 = alloca [4 x <8 x float>], align 16
  %6 = load <8 x float>, ptr %1, align 16, !tbaa !10
  %7 = load <8 x float>, ptr %2, align 16, !tbaa !10
  %8 = load <8 x float>, ptr %3, align 16, !tbaa !10
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #5
  store <8 x float> %6, ptr %5, align 16, !tbaa !10
  %9 = getelementptr inbounds nuw i8, ptr %5, i64 32
  store <8 x float> %7, ptr %9, align 16, !tbaa !10
  %10 = getelementptr inbounds nuw i8, ptr %5, i64 64
  store <8 x float> %8, ptr %10, align 16, !tbaa !10
  %11 = getelementptr inbounds nuw i8, ptr %5, i64 96
  %12 = fmul <8 x float> %6, %7
  store <8 x float> %12, ptr %11, align 16, !tbaa !10
  call void @sink(ptr noundef nonnull %5, i64 noundef 128) #5
  %13 = load <8 x float>, ptr %11, align 16, !tbaa !10
  %14 = fadd <8 x float> %8, %13
  store <8 x float> %14, ptr %0, align 16, !tbaa !10
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #5
  ret void
}

attributes #0 = { nounwind uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn }
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
!12 = !{!"double", !8, i64 0}
!13 = distinct !{!13, !14, !15, !16}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!"llvm.loop.isvectorized", i32 1}
!16 = !{!"llvm.loop.unroll.runtime.disable"}
!17 = distinct !{!17, !14, !15}
