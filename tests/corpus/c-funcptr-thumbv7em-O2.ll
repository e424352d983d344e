; ModuleID = 'funcptr.c'
source_filename = "funcptr.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "thumbv7em-unknown-none-eabi"

%struct.vtable = type { ptr, ptr, ptr }

@table = internal unnamed_addr constant [4 x ptr] [ptr @twice, ptr @square, ptr @negate, ptr @sqrt], align 4
@.str = private unnamed_addr constant [5 x i8] c"rect\00", align 1
@rect_vt = dso_local local_unnamed_addr constant %struct.vtable { ptr @rect_area, ptr @rect_scale, ptr @.str }, align 4
@callbacks = dso_local local_unnamed_addr global [8 x ptr] zeroinitializer, align 4

; Function Attrs: nounwind
define dso_local void @generic_sort(ptr noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef readonly captures(none) %3) local_unnamed_addr #0 {
  %5 = alloca [256 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #7
  %6 = icmp ugt i32 %1, 1
  br i1 %6, label %8, label %7

7:                                                ; preds = %23, %4
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #7
  ret void

8:                                                ; preds = %4, %23
  %9 = phi i32 [ %27, %23 ], [ 1, %4 ]
  %10 = mul i32 %9, %2
  %11 = getelementptr inbounds nuw i8, ptr %0, i32 %10
  call void @llvm.memcpy.p0.p0.i32(ptr nonnull align 1 %5, ptr align 1 %11, i32 %2, i1 false)
  br label %12

12:                                               ; preds = %8, %19
  %13 = phi i32 [ %14, %19 ], [ %9, %8 ]
  %14 = add i32 %13, -1
  %15 = mul i32 %14, %2
  %16 = getelementptr inbounds nuw i8, ptr %0, i32 %15
  %17 = call i32 %3(ptr noundef %16, ptr noundef nonnull %5) #7
  %18 = icmp sgt i32 %17, 0
  br i1 %18, label %19, label %23

19:                                               ; preds = %12
  %20 = mul i32 %13, %2
  %21 = getelementptr inbounds nuw i8, ptr %0, i32 %20
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %21, ptr align 1 %16, i32 %2, i1 false)
  %22 = icmp eq i32 %14, 0
  br i1 %22, label %23, label %12, !llvm.loop !7

23:                                               ; preds = %12, %19
  %24 = phi i32 [ %13, %12 ], [ 0, %19 ]
  %25 = mul i32 %24, %2
  %26 = getelementptr inbounds nuw i8, ptr %0, i32 %25
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %26, ptr nonnull align 1 %5, i32 %2, i1 false)
  %27 = add nuw i32 %9, 1
  %28 = icmp eq i32 %27, %1
  br i1 %28, label %7, label %8, !llvm.loop !9
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind
define dso_local void @sort_both(ptr noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = alloca [256 x i8], align 4
  %5 = icmp eq i32 %2, 0
  %6 = select i1 %5, ptr @cmp_int, ptr @cmp_rev
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #7
  %7 = icmp ugt i32 %1, 1
  br i1 %7, label %8, label %32

8:                                                ; preds = %3, %25
  %9 = phi i32 [ %30, %25 ], [ 1, %3 ]
  %10 = shl i32 %9, 2
  %11 = getelementptr inbounds nuw i8, ptr %0, i32 %10
  %12 = load i32, ptr %11, align 1
  store i32 %12, ptr %4, align 4
  br label %13

13:                                               ; preds = %20, %8
  %14 = phi i32 [ %15, %20 ], [ %9, %8 ]
  %15 = add i32 %14, -1
  %16 = shl i32 %15, 2
  %17 = getelementptr inbounds nuw i8, ptr %0, i32 %16
  %18 = call i32 %6(ptr noundef %17, ptr noundef nonnull %4) #7
  %19 = icmp sgt i32 %18, 0
  br i1 %19, label %20, label %25

20:                                               ; preds = %13
  %21 = shl i32 %14, 2
  %22 = getelementptr inbounds nuw i8, ptr %0, i32 %21
  %23 = load i32, ptr %17, align 1
  store i32 %23, ptr %22, align 1
  %24 = icmp eq i32 %15, 0
  br i1 %24, label %25, label %13, !llvm.loop !7

25:                                               ; preds = %20, %13
  %26 = phi i32 [ %14, %13 ], [ 0, %20 ]
  %27 = shl i32 %26, 2
  %28 = getelementptr inbounds nuw i8, ptr %0, i32 %27
  %29 = load i32, ptr %4, align 4
  store i32 %29, ptr %28, align 1
  %30 = add nuw i32 %9, 1
  %31 = icmp eq i32 %30, %1
  br i1 %31, label %32, label %8, !llvm.loop !9

32:                                               ; preds = %25, %3
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #7
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define internal i32 @cmp_rev(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1) unnamed_addr #3 {
  %3 = load i32, ptr %1, align 4, !tbaa !3
  %4 = load i32, ptr %0, align 4, !tbaa !3
  %5 = sub nsw i32 %3, %4
  ret i32 %5
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define internal i32 @cmp_int(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1) unnamed_addr #3 {
  %3 = load i32, ptr %0, align 4, !tbaa !3
  %4 = load i32, ptr %1, align 4, !tbaa !3
  %5 = sub nsw i32 %3, %4
  ret i32 %5
}

; Function Attrs: nounwind
define dso_local double @apply_chain(ptr noundef readonly captures(none) %0, i32 noundef %1, double noundef %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %7, label %5

5:                                                ; preds = %7, %3
  %6 = phi double [ %2, %3 ], [ %16, %7 ]
  ret double %6

7:                                                ; preds = %3, %7
  %8 = phi i32 [ %17, %7 ], [ 0, %3 ]
  %9 = phi double [ %16, %7 ], [ %2, %3 ]
  %10 = getelementptr inbounds nuw i8, ptr %0, i32 %8
  %11 = load i8, ptr %10, align 1, !tbaa !10
  %12 = and i8 %11, 3
  %13 = zext nneg i8 %12 to i32
  %14 = getelementptr inbounds nuw ptr, ptr @table, i32 %13
  %15 = load ptr, ptr %14, align 4, !tbaa !11
  %16 = tail call double %15(double noundef %9) #7
  %17 = add nuw nsw i32 %8, 1
  %18 = icmp eq i32 %17, %1
  br i1 %18, label %5, label %7, !llvm.loop !13
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define internal i32 @rect_area(ptr noundef readonly captures(none) %0) #3 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i32 4
  %3 = load i32, ptr %2, align 4, !tbaa !14
  %4 = getelementptr inbounds nuw i8, ptr %0, i32 8
  %5 = load i32, ptr %4, align 4, !tbaa !17
  %6 = mul nsw i32 %5, %3
  ret i32 %6
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite)
define internal void @rect_scale(ptr noundef captures(none) %0, i32 noundef %1) #4 {
  %3 = getelementptr inbounds nuw i8, ptr %0, i32 4
  %4 = load i32, ptr %3, align 4, !tbaa !14
  %5 = mul nsw i32 %4, %1
  store i32 %5, ptr %3, align 4, !tbaa !14
  %6 = getelementptr inbounds nuw i8, ptr %0, i32 8
  %7 = load i32, ptr %6, align 4, !tbaa !17
  %8 = mul nsw i32 %7, %1
  store i32 %8, ptr %6, align 4, !tbaa !17
  ret void
}

; Function Attrs: nounwind
define dso_local i32 @total_area(ptr noundef readonly captures(none) %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %7, label %5

5:                                                ; preds = %7, %3
  %6 = phi i32 [ 0, %3 ], [ %19, %7 ]
  ret i32 %6

7:                                                ; preds = %3, %7
  %8 = phi i32 [ %20, %7 ], [ 0, %3 ]
  %9 = phi i32 [ %19, %7 ], [ 0, %3 ]
  %10 = getelementptr inbounds nuw ptr, ptr %0, i32 %8
  %11 = load ptr, ptr %10, align 4, !tbaa !18
  %12 = load ptr, ptr %11, align 4, !tbaa !20
  %13 = getelementptr inbounds nuw i8, ptr %12, i32 4
  %14 = load ptr, ptr %13, align 4, !tbaa !21
  tail call void %14(ptr noundef nonnull %11, i32 noundef %2) #7
  %15 = load ptr, ptr %10, align 4, !tbaa !18
  %16 = load ptr, ptr %15, align 4, !tbaa !20
  %17 = load ptr, ptr %16, align 4, !tbaa !24
  %18 = tail call i32 %17(ptr noundef nonnull %15) #7
  %19 = add nsw i32 %18, %9
  %20 = add nuw nsw i32 %8, 1
  %21 = icmp eq i32 %20, %1
  br i1 %21, label %5, label %7, !llvm.loop !25
}

; Function Attrs: nounwind
define dso_local i32 @dispatch(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = add nsw i32 %1, 1
  %4 = tail call i32 %0(i32 noundef %3) #7
  ret i32 %4
}

; Function Attrs: nounwind
define dso_local void @fire(i32 noundef %0) local_unnamed_addr #0 {
  %2 = load ptr, ptr @callbacks, align 4, !tbaa !11
  %3 = icmp eq ptr %2, null
  br i1 %3, label %5, label %4

4:                                                ; preds = %1
  tail call void %2(i32 noundef %0) #7
  br label %5

5:                                                ; preds = %1, %4
  %6 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @callbacks, i32 4), align 4, !tbaa !11
  %7 = icmp eq ptr %6, null
  br i1 %7, label %9, label %8

8:                                                ; preds = %5
  tail call void %6(i32 noundef %0) #7
  br label %9

9:                                                ; preds = %8, %5
  %10 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @callbacks, i32 8), align 4, !tbaa !11
  %11 = icmp eq ptr %10, null
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  tail call void %10(i32 noundef %0) #7
  br label %13

13:                                               ; preds = %12, %9
  %14 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @callbacks, i32 12), align 4, !tbaa !11
  %15 = icmp eq ptr %14, null
  br i1 %15, label %17, label %16

16:                                               ; preds = %13
  tail call void %14(i32 noundef %0) #7
  br label %17

17:                                               ; preds = %16, %13
  %18 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @callbacks, i32 16), align 4, !tbaa !11
  %19 = icmp eq ptr %18, null
  br i1 %19, label %21, label %20

20:                                               ; preds = %17
  tail call void %18(i32 noundef %0) #7
  br label %21

21:                                               ; preds = %20, %17
  %22 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @callbacks, i32 20), align 4, !tbaa !11
  %23 = icmp eq ptr %22, null
  br i1 %23, label %25, label %24

24:                                               ; preds = %21
  tail call void %22(i32 noundef %0) #7
  br label %25

25:                                               ; preds = %24, %21
  %26 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @callbacks, i32 24), align 4, !tbaa !11
  %27 = icmp eq ptr %26, null
  br i1 %27, label %29, label %28

28:                                               ; preds = %25
  tail call void %26(i32 noundef %0) #7
  br label %29

29:                                               ; preds = %28, %25
  %30 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @callbacks, i32 28), align 4, !tbaa !11
  %31 = icmp eq ptr %30, null
  br i1 %31, label %33, label %32

32:                                               ; preds = %29
  tail call void %30(i32 noundef %0) #7
  br label %33

33:                                               ; preds = %32, %29
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal noundef double @twice(double noundef %0) #5 {
  %2 = fmul double %0, 2.000000e+00
  ret double %2
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal noundef double @square(double noundef %0) #5 {
  %2 = fmul double %0, %0
  ret double %2
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define internal noundef double @negate(double noundef %0) #5 {
  %2 = fneg double %0
  ret double %2
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare dso_local double @sqrt(double noundef) #6

attributes #0 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #4 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #7 = { nounwind }

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
!9 = distinct !{!9, !8}
!10 = !{!5, !5, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"any pointer", !5, i64 0}
!13 = distinct !{!13, !8}
!14 = !{!15, !4, i64 4}
!15 = !{!"shape", !16, i64 0, !4, i64 4, !4, i64 8}
!16 = !{!"p1 _ZTS6vtable", !12, i64 0}
!17 = !{!15, !4, i64 8}
!18 = !{!19, !19, i64 0}
!19 = !{!"p1 _ZTS5shape", !12, i64 0}
!20 = !{!15, !16, i64 0}
!21 = !{!22, !12, i64 4}
!22 = !{!"vtable", !12, i64 0, !12, i64 4, !23, i64 8}
!23 = !{!"p1 omnipotent char", !12, i64 0}
!24 = !{!22, !12, i64 0}
!25 = distinct !{!25, !8}
