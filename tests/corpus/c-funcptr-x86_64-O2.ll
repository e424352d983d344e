; ModuleID = 'funcptr.c'
source_filename = "funcptr.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.vtable = type { ptr, ptr, ptr }

@table = internal unnamed_addr constant [4 x ptr] [ptr @twice, ptr @square, ptr @negate, ptr @sqrt], align 16
@.str = private unnamed_addr constant [5 x i8] c"rect\00", align 1
@rect_vt = dso_local local_unnamed_addr constant %struct.vtable { ptr @rect_area, ptr @rect_scale, ptr @.str }, align 8
@callbacks = dso_local local_unnamed_addr global [8 x ptr] zeroinitializer, align 16

; Function Attrs: nounwind uwtable
define dso_local void @generic_sort(ptr noundef %0, i64 noundef %1, i64 noundef %2, ptr noundef readonly captures(none) %3) local_unnamed_addr #0 {
  %5 = alloca [256 x i8], align 16
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #7
  %6 = icmp ugt i64 %1, 1
  br i1 %6, label %8, label %7

7:                                                ; preds = %23, %4
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #7
  ret void

8:                                                ; preds = %4, %23
  %9 = phi i64 [ %27, %23 ], [ 1, %4 ]
  %10 = mul i64 %9, %2
  %11 = getelementptr inbounds nuw i8, ptr %0, i64 %10
  call void @llvm.memcpy.p0.p0.i64(ptr nonnull align 16 %5, ptr align 1 %11, i64 %2, i1 false)
  br label %12

12:                                               ; preds = %8, %19
  %13 = phi i64 [ %14, %19 ], [ %9, %8 ]
  %14 = add i64 %13, -1
  %15 = mul i64 %14, %2
  %16 = getelementptr inbounds nuw i8, ptr %0, i64 %15
  %17 = call i32 %3(ptr noundef %16, ptr noundef nonnull %5) #7
  %18 = icmp sgt i32 %17, 0
  br i1 %18, label %19, label %23

19:                                               ; preds = %12
  %20 = mul i64 %13, %2
  %21 = getelementptr inbounds nuw i8, ptr %0, i64 %20
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %21, ptr align 1 %16, i64 %2, i1 false)
  %22 = icmp eq i64 %14, 0
  br i1 %22, label %23, label %12, !llvm.loop !9

23:                                               ; preds = %12, %19
  %24 = phi i64 [ %13, %12 ], [ 0, %19 ]
  %25 = mul i64 %24, %2
  %26 = getelementptr inbounds nuw i8, ptr %0, i64 %25
  call void @llvm.memcpy.p0.p0.i64(ptr align 1 %26, ptr nonnull align 16 %5, i64 %2, i1 false)
  %27 = add nuw i64 %9, 1
  %28 = icmp eq i64 %27, %1
  br i1 %28, label %7, label %8, !llvm.loop !11
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind uwtable
define dso_local void @sort_both(ptr noundef %0, i64 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = alloca [256 x i8], align 16
  %5 = icmp eq i32 %2, 0
  %6 = select i1 %5, ptr @cmp_int, ptr @cmp_rev
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #7
  %7 = icmp ugt i64 %1, 1
  br i1 %7, label %8, label %32

8:                                                ; preds = %3, %25
  %9 = phi i64 [ %30, %25 ], [ 1, %3 ]
  %10 = shl i64 %9, 2
  %11 = getelementptr inbounds nuw i8, ptr %0, i64 %10
  %12 = load i32, ptr %11, align 1
  store i32 %12, ptr %4, align 16
  br label %13

13:                                               ; preds = %20, %8
  %14 = phi i64 [ %15, %20 ], [ %9, %8 ]
  %15 = add i64 %14, -1
  %16 = shl i64 %15, 2
  %17 = getelementptr inbounds nuw i8, ptr %0, i64 %16
  %18 = call i32 %6(ptr noundef %17, ptr noundef nonnull %4) #7
  %19 = icmp sgt i32 %18, 0
  br i1 %19, label %20, label %25

20:                                               ; preds = %13
  %21 = shl i64 %14, 2
  %22 = getelementptr inbounds nuw i8, ptr %0, i64 %21
  %23 = load i32, ptr %17, align 1
  store i32 %23, ptr %22, align 1
  %24 = icmp eq i64 %15, 0
  br i1 %24, label %25, label %13, !llvm.loop !9

25:                                               ; preds = %20, %13
  %26 = phi i64 [ %14, %13 ], [ 0, %20 ]
  %27 = shl i64 %26, 2
  %28 = getelementptr inbounds nuw i8, ptr %0, i64 %27
  %29 = load i32, ptr %4, align 16
  store i32 %29, ptr %28, align 1
  %30 = add nuw i64 %9, 1
  %31 = icmp eq i64 %30, %1
  br i1 %31, label %32, label %8, !llvm.loop !11

32:                                               ; preds = %25, %3
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #7
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal i32 @cmp_rev(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1) unnamed_addr #3 {
  %3 = load i32, ptr %1, align 4, !tbaa !5
  %4 = load i32, ptr %0, align 4, !tbaa !5
  %5 = sub nsw i32 %3, %4
  ret i32 %5
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal i32 @cmp_int(ptr noundef readonly captures(none) %0, ptr noundef readonly captures(none) %1) unnamed_addr #3 {
  %3 = load i32, ptr %0, align 4, !tbaa !5
  %4 = load i32, ptr %1, align 4, !tbaa !5
  %5 = sub nsw i32 %3, %4
  ret i32 %5
}

; Function Attrs: nounwind uwtable
define dso_local double @apply_chain(ptr noundef readonly captures(none) %0, i32 noundef %1, double noundef %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %5, label %7

5:                                                ; preds = %3
  %6 = zext nneg i32 %1 to i64
  br label %9

7:                                                ; preds = %9, %3
  %8 = phi double [ %2, %3 ], [ %18, %9 ]
  ret double %8

9:                                                ; preds = %5, %9
  %10 = phi i64 [ 0, %5 ], [ %19, %9 ]
  %11 = phi double [ %2, %5 ], [ %18, %9 ]
  %12 = getelementptr inbounds nuw i8, ptr %0, i64 %10
  %13 = load i8, ptr %12, align 1, !tbaa !12
  %14 = and i8 %13, 3
  %15 = zext nneg i8 %14 to i64
  %16 = getelementptr inbounds nuw ptr, ptr @table, i64 %15
  %17 = load ptr, ptr %16, align 8, !tbaa !13
  %18 = tail call double %17(double noundef %11) #7
  %19 = add nuw nsw i64 %10, 1
  %20 = icmp eq i64 %19, %6
  br i1 %20, label %7, label %9, !llvm.loop !15
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable
define internal i32 @rect_area(ptr noundef readonly captures(none) %0) #3 {
  %2 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %3 = load i32, ptr %2, align 8, !tbaa !16
  %4 = getelementptr inbounds nuw i8, ptr %0, i64 12
  %5 = load i32, ptr %4, align 4, !tbaa !19
  %6 = mul nsw i32 %5, %3
  ret i32 %6
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define internal void @rect_scale(ptr noundef captures(none) %0, i32 noundef %1) #4 {
  %3 = getelementptr inbounds nuw i8, ptr %0, i64 8
  %4 = load i32, ptr %3, align 8, !tbaa !16
  %5 = mul nsw i32 %4, %1
  store i32 %5, ptr %3, align 8, !tbaa !16
  %6 = getelementptr inbounds nuw i8, ptr %0, i64 12
  %7 = load i32, ptr %6, align 4, !tbaa !19
  %8 = mul nsw i32 %7, %1
  store i32 %8, ptr %6, align 4, !tbaa !19
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local i32 @total_area(ptr noundef readonly captures(none) %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %5, label %7

5:                                                ; preds = %3
  %6 = zext nneg i32 %1 to i64
  br label %9

7:                                                ; preds = %9, %3
  %8 = phi i32 [ 0, %3 ], [ %21, %9 ]
  ret i32 %8

9:                                                ; preds = %5, %9
  %10 = phi i64 [ 0, %5 ], [ %22, %9 ]
  %11 = phi i32 [ 0, %5 ], [ %21, %9 ]
  %12 = getelementptr inbounds nuw ptr, ptr %0, i64 %10
  %13 = load ptr, ptr %12, align 8, !tbaa !20
  %14 = load ptr, ptr %13, align 8, !tbaa !22
  %15 = getelementptr inbounds nuw i8, ptr %14, i64 8
  %16 = load ptr, ptr %15, align 8, !tbaa !23
  tail call void %16(ptr noundef nonnull %13, i32 noundef %2) #7
  %17 = load ptr, ptr %12, align 8, !tbaa !20
  %18 = load ptr, ptr %17, align 8, !tbaa !22
  %19 = load ptr, ptr %18, align 8, !tbaa !26
  %20 = tail call i32 %19(ptr noundef nonnull %17) #7
  %21 = add nsw i32 %20, %11
  %22 = add nuw nsw i64 %10, 1
  %23 = icmp eq i64 %22, %6
  br i1 %23, label %7, label %9, !llvm.loop !27
}

; Function Attrs: nounwind uwtable
define dso_local i32 @dispatch(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = add nsw i32 %1, 1
  %4 = tail call i32 %0(i32 noundef %3) #7
  ret i32 %4
}

; Function Attrs: nounwind uwtable
define dso_local void @fire(i32 noundef %0) local_unnamed_addr #0 {
  %2 = load ptr, ptr @callbacks, align 16, !tbaa !13
  %3 = icmp eq ptr %2, null
  br i1 %3, label %5, label %4

4:                                                ; preds = %1
  tail call void %2(i32 noundef %0) #7
  br label %5

5:                                                ; preds = %1, %4
  %6 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @callbacks, i64 8), align 8, !tbaa !13
  %7 = icmp eq ptr %6, null
  br i1 %7, label %9, label %8

8:                                                ; preds = %5
  tail call void %6(i32 noundef %0) #7
  br label %9

9:                                                ; preds = %8, %5
  %10 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @callbacks, i64 16), align 16, !tbaa !13
  %11 = icmp eq ptr %10, null
  br i1 %11, label %13, label %12

12:                                               ; preds = %9
  tail call void %10(i32 noundef %0) #7
  br label %13

13:                                               ; preds = %12, %9
  %14 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @callbacks, i64 24), align 8, !tbaa !13
  %15 = icmp eq ptr %14, null
  br i1 %15, label %17, label %16

16:                                               ; preds = %13
  tail call void %14(i32 noundef %0) #7
  br label %17

17:                                               ; preds = %16, %13
  %18 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @callbacks, i64 32), align 16, !tbaa !13
  %19 = icmp eq ptr %18, null
  br i1 %19, label %21, label %20

20:                                               ; preds = %17
  tail call void %18(i32 noundef %0) #7
  br label %21

21:                                               ; preds = %20, %17
  %22 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @callbacks, i64 40), align 8, !tbaa !13
  %23 = icmp eq ptr %22, null
  br i1 %23, label %25, label %24

24:                                               ; preds = %21
  tail call void %22(i32 noundef %0) #7
  br label %25

25:                                               ; preds = %24, %21
  %26 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @callbacks, i64 48), align 16, !tbaa !13
  %27 = icmp eq ptr %26, null
  br i1 %27, label %29, label %28

28:                                               ; preds = %25
  tail call void %26(i32 noundef %0) #7
  br label %29

29:                                               ; preds = %28, %25
  %30 = load ptr, ptr getelementptr inbounds nuw (i8, ptr @callbacks, i64 56), align 8, !tbaa !13
  %31 = icmp eq ptr %30, null
  br i1 %31, label %33, label %32

32:                                               ; preds = %29
  tail call void %30(i32 noundef %0) #7
  br label %33

33:                                               ; preds = %32, %29
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal noundef double @twice(double noundef %0) #5 {
  %2 = fmul double %0, 2.000000e+00
  ret double %2
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal noundef double @square(double noundef %0) #5 {
  %2 = fmul double %0, %0
  ret double %2
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define internal noundef double @negate(double noundef %0) #5 {
  %2 = fneg double %0
  ret double %2
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sqrt(double noundef) #6

attributes #0 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }

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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = !{!7, !7, i64 0}
!13 = !{!14, !14, i64 0}
!14 = !{!"any pointer", !7, i64 0}
!15 = distinct !{!15, !10}
!16 = !{!17, !6, i64 8}
!17 = !{!"shape", !18, i64 0, !6, i64 8, !6, i64 12}
!18 = !{!"p1 _ZTS6vtable", !14, i64 0}
!19 = !{!17, !6, i64 12}
!20 = !{!21, !21, i64 0}
!21 = !{!"p1 _ZTS5shape", !14, i64 0}
!22 = !{!17, !18, i64 0}
!23 = !{!24, !14, i64 8}
!24 = !{!"vtable", !14, i64 0, !14, i64 8, !25, i64 16}
!25 = !{!"p1 omnipotent char", !14, i64 0}
!26 = !{!24, !14, i64 0}
!27 = distinct !{!27, !10}
