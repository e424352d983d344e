; ModuleID = 'recursion.c'
source_filename = "recursion.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "armv7-unknown-linux-gnueabihf"

; Function Attrs: nofree nosync nounwind memory(none)
define dso_local i64 @fib(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp ult i32 %0, 2
  br i1 %2, label %3, label %8

3:                                                ; preds = %8, %1
  %4 = phi i64 [ 0, %1 ], [ %14, %8 ]
  %5 = phi i32 [ %0, %1 ], [ %13, %8 ]
  %6 = zext nneg i32 %5 to i64
  %7 = add i64 %4, %6
  ret i64 %7

8:                                                ; preds = %1, %8
  %9 = phi i32 [ %13, %8 ], [ %0, %1 ]
  %10 = phi i64 [ %14, %8 ], [ 0, %1 ]
  %11 = add i32 %9, -1
  %12 = tail call i64 @fib(i32 noundef %11)
  %13 = add i32 %9, -2
  %14 = add i64 %12, %10
  %15 = icmp ult i32 %13, 2
  br i1 %15, label %3, label %8
}

; Function Attrs: nofree nosync nounwind memory(none)
define dso_local i64 @ackermann(i64 noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = icmp eq i64 %0, 0
  br i1 %3, label %4, label %7

4:                                                ; preds = %11, %2
  %5 = phi i64 [ %1, %2 ], [ %12, %11 ]
  %6 = add i64 %5, 1
  ret i64 %6

7:                                                ; preds = %2, %11
  %8 = phi i64 [ %12, %11 ], [ %1, %2 ]
  %9 = phi i64 [ %13, %11 ], [ %0, %2 ]
  %10 = icmp eq i64 %8, 0
  br i1 %10, label %11, label %15

11:                                               ; preds = %7, %15
  %12 = phi i64 [ %17, %15 ], [ 1, %7 ]
  %13 = add i64 %9, -1
  %14 = icmp eq i64 %13, 0
  br i1 %14, label %4, label %7

15:                                               ; preds = %7
  %16 = add i64 %8, -1
  %17 = tail call i64 @ackermann(i64 noundef %9, i64 noundef %16)
  br label %11
}

; Function Attrs: nofree norecurse nosync nounwind memory(none)
define dso_local range(i32 0, 2) i32 @is_even(i32 noundef %0) local_unnamed_addr #1 {
  br label %2

2:                                                ; preds = %4, %1
  %3 = phi i32 [ %0, %1 ], [ %5, %4 ]
  switch i32 %3, label %4 [
    i32 0, label %6
    i32 1, label %7
  ]

4:                                                ; preds = %2
  %5 = add i32 %3, -2
  br label %2

6:                                                ; preds = %2
  br label %7

7:                                                ; preds = %2, %6
  %8 = phi i32 [ 1, %6 ], [ 0, %2 ]
  ret i32 %8
}

; Function Attrs: nofree norecurse nosync nounwind memory(none)
define dso_local range(i32 0, 2) i32 @is_odd(i32 noundef %0) local_unnamed_addr #1 {
  %2 = icmp eq i32 %0, 0
  br i1 %2, label %10, label %3

3:                                                ; preds = %1
  %4 = add i32 %0, -1
  br label %5

5:                                                ; preds = %7, %3
  %6 = phi i32 [ %4, %3 ], [ %8, %7 ]
  switch i32 %6, label %7 [
    i32 0, label %10
    i32 1, label %9
  ]

7:                                                ; preds = %5
  %8 = add i32 %6, -2
  br label %5

9:                                                ; preds = %5
  br label %10

10:                                               ; preds = %5, %9, %1
  %11 = phi i32 [ 0, %1 ], [ 0, %9 ], [ 1, %5 ]
  ret i32 %11
}

; Function Attrs: nofree nosync nounwind memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none)
define dso_local range(i32 -2147483646, -2147483648) i32 @tree_height(ptr noundef readonly captures(address_is_null) %0) local_unnamed_addr #2 {
  %2 = icmp eq ptr %0, null
  br i1 %2, label %3, label %5

3:                                                ; preds = %1, %5
  %4 = phi i32 [ %13, %5 ], [ 0, %1 ]
  ret i32 %4

5:                                                ; preds = %1
  %6 = getelementptr inbounds nuw i8, ptr %0, i32 4
  %7 = load ptr, ptr %6, align 4, !tbaa !9
  %8 = tail call i32 @tree_height(ptr noundef %7)
  %9 = getelementptr inbounds nuw i8, ptr %0, i32 8
  %10 = load ptr, ptr %9, align 4, !tbaa !13
  %11 = tail call i32 @tree_height(ptr noundef %10)
  %12 = tail call i32 @llvm.smax.i32(i32 %8, i32 %11)
  %13 = add nsw i32 %12, 1
  br label %3
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #3

; Function Attrs: nounwind
define dso_local i32 @flood(ptr noundef %0, i32 noundef %1, i32 noundef %2, i8 noundef zeroext %3, i8 noundef zeroext %4) local_unnamed_addr #4 {
  %6 = alloca [64 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %6) #9
  %7 = or i32 %2, %1
  %8 = icmp slt i32 %7, 0
  %9 = icmp sgt i32 %1, 15
  %10 = or i1 %9, %8
  %11 = icmp sgt i32 %2, 15
  %12 = or i1 %11, %10
  br i1 %12, label %31, label %13

13:                                               ; preds = %5
  %14 = getelementptr inbounds nuw [16 x i8], ptr %0, i32 %2
  %15 = getelementptr inbounds nuw i8, ptr %14, i32 %1
  %16 = load i8, ptr %15, align 1, !tbaa !14
  %17 = icmp eq i8 %16, %3
  br i1 %17, label %18, label %31

18:                                               ; preds = %13
  store i8 %4, ptr %15, align 1, !tbaa !14
  call void @llvm.memset.p0.i32(ptr noundef nonnull align 1 dereferenceable(64) %6, i8 %4, i32 64, i1 false)
  call void @sink(ptr noundef nonnull %6, i32 noundef 64) #9
  %19 = add nuw nsw i32 %1, 1
  %20 = call i32 @flood(ptr noundef nonnull %0, i32 noundef %19, i32 noundef %2, i8 noundef zeroext %3, i8 noundef zeroext %4)
  %21 = add nsw i32 %20, 1
  %22 = add nsw i32 %1, -1
  %23 = call i32 @flood(ptr noundef nonnull %0, i32 noundef %22, i32 noundef %2, i8 noundef zeroext %3, i8 noundef zeroext %4)
  %24 = add nsw i32 %21, %23
  %25 = add nuw nsw i32 %2, 1
  %26 = call i32 @flood(ptr noundef nonnull %0, i32 noundef %1, i32 noundef %25, i8 noundef zeroext %3, i8 noundef zeroext %4)
  %27 = add nsw i32 %24, %26
  %28 = add nsw i32 %2, -1
  %29 = call i32 @flood(ptr noundef nonnull %0, i32 noundef %1, i32 noundef %28, i8 noundef zeroext %3, i8 noundef zeroext %4)
  %30 = add nsw i32 %27, %29
  br label %31

31:                                               ; preds = %5, %13, %18
  %32 = phi i32 [ %30, %18 ], [ 0, %13 ], [ 0, %5 ]
  call void @llvm.lifetime.end.p0(ptr nonnull %6) #9
  ret i32 %32
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr writeonly captures(none), i8, i32, i1 immarg) #5

declare void @sink(ptr noundef, i32 noundef) local_unnamed_addr #6

; Function Attrs: nofree norecurse nosync nounwind memory(none)
define dso_local i64 @gcd(i64 noundef %0, i64 noundef %1) local_unnamed_addr #1 {
  %3 = icmp eq i64 %1, 0
  br i1 %3, label %9, label %4

4:                                                ; preds = %2, %4
  %5 = phi i64 [ %7, %4 ], [ %1, %2 ]
  %6 = phi i64 [ %5, %4 ], [ %0, %2 ]
  %7 = urem i64 %6, %5
  %8 = icmp eq i64 %7, 0
  br i1 %8, label %9, label %4

9:                                                ; preds = %4, %2
  %10 = phi i64 [ %0, %2 ], [ %5, %4 ]
  ret i64 %10
}

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite)
define dso_local void @sort_ints(ptr noundef captures(none) %0, i32 noundef %1) local_unnamed_addr #7 {
  %3 = add nsw i32 %1, -1
  tail call fastcc void @quicksort(ptr noundef %0, i32 noundef 0, i32 noundef %3)
  ret void
}

; Function Attrs: nofree nosync nounwind memory(argmem: readwrite)
define internal fastcc void @quicksort(ptr noundef captures(none) %0, i32 noundef %1, i32 noundef %2) unnamed_addr #7 {
  %4 = icmp slt i32 %1, %2
  br i1 %4, label %5, label %38

5:                                                ; preds = %3, %36
  %6 = phi i32 [ %34, %36 ], [ %1, %3 ]
  %7 = add nsw i32 %6, %2
  %8 = sdiv i32 %7, 2
  %9 = getelementptr inbounds i32, ptr %0, i32 %8
  %10 = load i32, ptr %9, align 4, !tbaa !5
  br label %11

11:                                               ; preds = %5, %32
  %12 = phi i32 [ %6, %5 ], [ %34, %32 ]
  %13 = phi i32 [ %2, %5 ], [ %33, %32 ]
  br label %14

14:                                               ; preds = %14, %11
  %15 = phi i32 [ %19, %14 ], [ %12, %11 ]
  %16 = getelementptr inbounds i32, ptr %0, i32 %15
  %17 = load i32, ptr %16, align 4, !tbaa !5
  %18 = icmp slt i32 %17, %10
  %19 = add nsw i32 %15, 1
  br i1 %18, label %14, label %20, !llvm.loop !15

20:                                               ; preds = %14
  %21 = getelementptr inbounds i32, ptr %0, i32 %15
  br label %22

22:                                               ; preds = %22, %20
  %23 = phi i32 [ %27, %22 ], [ %13, %20 ]
  %24 = getelementptr inbounds i32, ptr %0, i32 %23
  %25 = load i32, ptr %24, align 4, !tbaa !5
  %26 = icmp sgt i32 %25, %10
  %27 = add nsw i32 %23, -1
  br i1 %26, label %22, label %28, !llvm.loop !17

28:                                               ; preds = %22
  %29 = icmp sgt i32 %15, %23
  br i1 %29, label %32, label %30

30:                                               ; preds = %28
  %31 = getelementptr inbounds i32, ptr %0, i32 %23
  store i32 %25, ptr %21, align 4, !tbaa !5
  store i32 %17, ptr %31, align 4, !tbaa !5
  br label %32

32:                                               ; preds = %30, %28
  %33 = phi i32 [ %27, %30 ], [ %23, %28 ]
  %34 = phi i32 [ %19, %30 ], [ %15, %28 ]
  %35 = icmp sgt i32 %34, %33
  br i1 %35, label %36, label %11, !llvm.loop !18

36:                                               ; preds = %32
  tail call fastcc void @quicksort(ptr noundef nonnull %0, i32 noundef %6, i32 noundef %33)
  %37 = icmp slt i32 %34, %2
  br i1 %37, label %5, label %38

38:                                               ; preds = %36, %3
  ret void
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #8

attributes #0 = { nofree nosync nounwind memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #1 = { nofree norecurse nosync nounwind memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #2 = { nofree nosync nounwind memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #7 = { nofree nosync nounwind memory(argmem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+armv7-a,+dsp,+fp64,+read-tp-tpidruro,+vfp2,+vfp2sp,+vfp3d16,+vfp3d16sp,-aes,-d32,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fullfp16,-neon,-sha2,-thumb-mode,-vfp3,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" }
attributes #8 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { nounwind }

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
!9 = !{!10, !11, i64 4}
!10 = !{!"node", !6, i64 0, !11, i64 4, !11, i64 8}
!11 = !{!"p1 _ZTS4node", !12, i64 0}
!12 = !{!"any pointer", !7, i64 0}
!13 = !{!10, !11, i64 8}
!14 = !{!7, !7, i64 0}
!15 = distinct !{!15, !16}
!16 = !{!"llvm.loop.mustprogress"}
!17 = distinct !{!17, !16}
!18 = distinct !{!18, !16}
