; ModuleID = 'align.c'
source_filename = "align.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.wide = type { [4 x double] }
%struct.cacheline = type { [64 x i8] }

; Function Attrs: nounwind uwtable
define dso_local range(i32 -128, 128) i32 @aligned_local(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [64 x i8], align 64
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #6
  %3 = trunc i32 %0 to i8
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(64) %2, i8 %3, i64 64, i1 false)
  call void @sink(ptr noundef nonnull %2, i64 noundef 64) #6
  %4 = getelementptr inbounds nuw i8, ptr %2, i64 3
  %5 = load i8, ptr %4, align 1, !tbaa !9
  %6 = sext i8 %5 to i32
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #6
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
define dso_local range(i32 -128, 128) i32 @very_aligned(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [128 x i8], align 4096
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #6
  %3 = trunc i32 %0 to i8
  store i8 %3, ptr %2, align 4096, !tbaa !9
  call void @sink(ptr noundef nonnull %2, i64 noundef 128) #6
  %4 = load i8, ptr %2, align 4096, !tbaa !9
  %5 = sext i8 %4 to i32
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #6
  ret i32 %5
}

; Function Attrs: nounwind uwtable
define dso_local double @aligned_with_call(ptr noundef readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = alloca %struct.wide, align 32
  %3 = alloca [3 x %struct.cacheline], align 64
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #6
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #6
  %4 = load <2 x double>, ptr %0, align 8, !tbaa !10
  %5 = fmul <2 x double> %4, splat (double 2.000000e+00)
  store <2 x double> %5, ptr %2, align 32, !tbaa !10
  %6 = getelementptr inbounds nuw i8, ptr %0, i64 16
  %7 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %8 = getelementptr inbounds nuw i8, ptr %2, i64 24
  %9 = load <2 x double>, ptr %6, align 8, !tbaa !10
  %10 = fmul <2 x double> %9, splat (double 2.000000e+00)
  store <2 x double> %10, ptr %7, align 16, !tbaa !10
  call void @sink(ptr noundef nonnull %2, i64 noundef 32) #6
  call void @sink(ptr noundef nonnull %3, i64 noundef 192) #6
  %11 = load double, ptr %2, align 32, !tbaa !10
  %12 = load double, ptr %8, align 8, !tbaa !10
  %13 = fadd double %11, %12
  %14 = getelementptr inbounds nuw i8, ptr %3, i64 69
  %15 = load i8, ptr %14, align 1, !tbaa !9
  %16 = sitofp i8 %15 to double
  %17 = fadd double %13, %16
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #6
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #6
  ret double %17
}

; Function Attrs: nounwind uwtable
define dso_local range(i32 -2147483643, -2147483648) i32 @aligned_and_vla(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [32 x i32], align 128
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #6
  %3 = zext i32 %0 to i64
  %4 = tail call ptr @llvm.stacksave.p0()
  %5 = alloca i32, i64 %3, align 16
  store <4 x i32> <i32 0, i32 1, i32 2, i32 3>, ptr %2, align 128, !tbaa !5
  %6 = getelementptr inbounds nuw i8, ptr %2, i64 16
  store <4 x i32> <i32 4, i32 5, i32 6, i32 7>, ptr %6, align 16, !tbaa !5
  %7 = getelementptr inbounds nuw i8, ptr %2, i64 32
  store <4 x i32> <i32 8, i32 9, i32 10, i32 11>, ptr %7, align 32, !tbaa !5
  %8 = getelementptr inbounds nuw i8, ptr %2, i64 48
  store <4 x i32> <i32 12, i32 13, i32 14, i32 15>, ptr %8, align 16, !tbaa !5
  %9 = getelementptr inbounds nuw i8, ptr %2, i64 64
  store <4 x i32> <i32 16, i32 17, i32 18, i32 19>, ptr %9, align 64, !tbaa !5
  %10 = getelementptr inbounds nuw i8, ptr %2, i64 80
  store <4 x i32> <i32 20, i32 21, i32 22, i32 23>, ptr %10, align 16, !tbaa !5
  %11 = getelementptr inbounds nuw i8, ptr %2, i64 96
  store <4 x i32> <i32 24, i32 25, i32 26, i32 27>, ptr %11, align 32, !tbaa !5
  %12 = getelementptr inbounds nuw i8, ptr %2, i64 112
  store <4 x i32> <i32 28, i32 29, i32 30, i32 31>, ptr %12, align 16, !tbaa !5
  %13 = icmp sgt i32 %0, 0
  br i1 %13, label %14, label %52

14:                                               ; preds = %1
  %15 = add nsw i32 %0, -33
  %16 = icmp ult i32 %15, -25
  br i1 %16, label %34, label %17

17:                                               ; preds = %14
  %18 = and i64 %3, 56
  %19 = getelementptr inbounds nuw i8, ptr %5, i64 16
  store <4 x i32> <i32 0, i32 1, i32 2, i32 3>, ptr %5, align 16, !tbaa !5
  store <4 x i32> <i32 4, i32 5, i32 6, i32 7>, ptr %19, align 16, !tbaa !5
  %20 = icmp eq i64 %18, 8
  br i1 %20, label %32, label %21, !llvm.loop !12

21:                                               ; preds = %17
  %22 = getelementptr inbounds nuw i8, ptr %5, i64 32
  %23 = getelementptr inbounds nuw i8, ptr %5, i64 48
  store <4 x i32> <i32 8, i32 9, i32 10, i32 11>, ptr %22, align 16, !tbaa !5
  store <4 x i32> <i32 12, i32 13, i32 14, i32 15>, ptr %23, align 16, !tbaa !5
  %24 = icmp eq i64 %18, 16
  br i1 %24, label %32, label %25, !llvm.loop !12

25:                                               ; preds = %21
  %26 = getelementptr inbounds nuw i8, ptr %5, i64 64
  %27 = getelementptr inbounds nuw i8, ptr %5, i64 80
  store <4 x i32> <i32 16, i32 17, i32 18, i32 19>, ptr %26, align 16, !tbaa !5
  store <4 x i32> <i32 20, i32 21, i32 22, i32 23>, ptr %27, align 16, !tbaa !5
  %28 = icmp eq i64 %18, 24
  br i1 %28, label %32, label %29, !llvm.loop !12

29:                                               ; preds = %25
  %30 = getelementptr inbounds nuw i8, ptr %5, i64 96
  %31 = getelementptr inbounds nuw i8, ptr %5, i64 112
  store <4 x i32> <i32 24, i32 25, i32 26, i32 27>, ptr %30, align 16, !tbaa !5
  store <4 x i32> <i32 28, i32 29, i32 30, i32 31>, ptr %31, align 16, !tbaa !5
  br label %32

32:                                               ; preds = %29, %25, %21, %17
  %33 = icmp eq i64 %18, %3
  br i1 %33, label %52, label %34

34:                                               ; preds = %14, %32
  %35 = phi i64 [ 0, %14 ], [ %18, %32 ]
  %36 = and i64 %3, 3
  %37 = icmp eq i64 %36, 0
  br i1 %37, label %48, label %38

38:                                               ; preds = %34, %38
  %39 = phi i64 [ %45, %38 ], [ %35, %34 ]
  %40 = phi i64 [ %46, %38 ], [ 0, %34 ]
  %41 = and i64 %39, 31
  %42 = getelementptr inbounds nuw i32, ptr %2, i64 %41
  %43 = load i32, ptr %42, align 4, !tbaa !5
  %44 = getelementptr inbounds nuw i32, ptr %5, i64 %39
  store i32 %43, ptr %44, align 4, !tbaa !5
  %45 = add nuw nsw i64 %39, 1
  %46 = add i64 %40, 1
  %47 = icmp eq i64 %46, %36
  br i1 %47, label %48, label %38, !llvm.loop !16

48:                                               ; preds = %38, %34
  %49 = phi i64 [ %35, %34 ], [ %45, %38 ]
  %50 = sub nsw i64 %35, %3
  %51 = icmp ugt i64 %50, -4
  br i1 %51, label %52, label %56

52:                                               ; preds = %48, %56, %32, %1
  %53 = shl nuw nsw i64 %3, 2
  call void @sink(ptr noundef nonnull %5, i64 noundef %53) #6
  %54 = load i32, ptr %5, align 16, !tbaa !5
  %55 = add nsw i32 %54, 5
  call void @llvm.stackrestore.p0(ptr %4)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #6
  ret i32 %55

56:                                               ; preds = %48, %56
  %57 = phi i64 [ %77, %56 ], [ %49, %48 ]
  %58 = and i64 %57, 31
  %59 = getelementptr inbounds nuw i32, ptr %2, i64 %58
  %60 = load i32, ptr %59, align 4, !tbaa !5
  %61 = getelementptr inbounds nuw i32, ptr %5, i64 %57
  store i32 %60, ptr %61, align 4, !tbaa !5
  %62 = add nuw nsw i64 %57, 1
  %63 = and i64 %62, 31
  %64 = getelementptr inbounds nuw i32, ptr %2, i64 %63
  %65 = load i32, ptr %64, align 4, !tbaa !5
  %66 = getelementptr inbounds nuw i32, ptr %5, i64 %62
  store i32 %65, ptr %66, align 4, !tbaa !5
  %67 = add nuw nsw i64 %57, 2
  %68 = and i64 %67, 31
  %69 = getelementptr inbounds nuw i32, ptr %2, i64 %68
  %70 = load i32, ptr %69, align 4, !tbaa !5
  %71 = getelementptr inbounds nuw i32, ptr %5, i64 %67
  store i32 %70, ptr %71, align 4, !tbaa !5
  %72 = add nuw nsw i64 %57, 3
  %73 = and i64 %72, 31
  %74 = getelementptr inbounds nuw i32, ptr %2, i64 %73
  %75 = load i32, ptr %74, align 4, !tbaa !5
  %76 = getelementptr inbounds nuw i32, ptr %5, i64 %72
  store i32 %75, ptr %76, align 4, !tbaa !5
  %77 = add nuw nsw i64 %57, 4
  %78 = icmp eq i64 %77, %3
  br i1 %78, label %52, label %56, !llvm.loop !18
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #4

; Function Attrs: nounwind uwtable
define dso_local <8 x float> @vec_madd(ptr noundef readonly byval(<8 x float>) align 32 captures(none) %0, ptr noundef readonly byval(<8 x float>) align 32 captures(none) %1, ptr noundef readonly byval(<8 x float>) align 32 captures(none) %2) local_unnamed_addr #5 {
  %4 = alloca [4 x <8 x float>], align 32
  %5 = load <8 x float>, ptr %0, align 32, !tbaa !9
  %6 = load <8 x float>, ptr %1, align 32, !tbaa !9
  %7 = load <8 x float>, ptr %2, align 32, !tbaa !9
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #6
  store <8 x float> %5, ptr %4, align 32, !tbaa !9
  %8 = getelementptr inbounds nuw i8, ptr %4, i64 32
  store <8 x float> %6, ptr %8, align 32, !tbaa !9
  %9 = getelementptr inbounds nuw i8, ptr %4, i64 64
  store <8 x float> %7, ptr %9, align 32, !tbaa !9
  %10 = getelementptr inbounds nuw i8, ptr %4, i64 96
  %11 = fmul <8 x float> %5, %6
  store <8 x float> %11, ptr %10, align 32, !tbaa !9
  call void @sink(ptr noundef nonnull %4, i64 noundef 128) #6
  %12 = load <8 x float>, ptr %10, align 32, !tbaa !9
  %13 = fadd <8 x float> %7, %12
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #6
  ret <8 x float> %13
}

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #5 = { nounwind uwtable "min-legal-vector-width"="256" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }

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
!9 = !{!7, !7, i64 0}
!10 = !{!11, !11, i64 0}
!11 = !{!"double", !7, i64 0}
!12 = distinct !{!12, !13, !14, !15}
!13 = !{!"llvm.loop.mustprogress"}
!14 = !{!"llvm.loop.isvectorized", i32 1}
!15 = !{!"llvm.loop.unroll.runtime.disable"}
!16 = distinct !{!16, !17}
!17 = !{!"llvm.loop.unroll.disable"}
!18 = distinct !{!18, !13, !14}
