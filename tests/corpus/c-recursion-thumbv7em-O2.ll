; ModuleID = 'recursion.c'
source_filename = "recursion.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "thumbv7em-unknown-none-eabi"

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
    i32 2, label %6
    i32 3, label %7
    i32 4, label %6
    i32 5, label %7
    i32 6, label %6
    i32 7, label %7
  ]

4:                                                ; preds = %2
  %5 = add i32 %3, -8
  br label %2

6:                                                ; preds = %2, %2, %2, %2
  br label %7

7:                                                ; preds = %2, %2, %2, %2, %6
  %8 = phi i32 [ 1, %6 ], [ 0, %2 ], [ 0, %2 ], [ 0, %2 ], [ 0, %2 ]
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
    i32 2, label %10
    i32 3, label %9
    i32 4, label %10
    i32 5, label %9
    i32 6, label %10
    i32 7, label %9
  ]

7:                                                ; preds = %5
  %8 = add i32 %6, -8
  br label %5

9:                                                ; preds = %5, %5, %5, %5
  br label %10

10:                                               ; preds = %5, %5, %5, %5, %9, %1
  %11 = phi i32 [ 0, %1 ], [ 0, %9 ], [ 1, %5 ], [ 1, %5 ], [ 1, %5 ], [ 1, %5 ]
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
  %7 = load ptr, ptr %6, align 4, !tbaa !7
  %8 = tail call i32 @tree_height(ptr noundef %7)
  %9 = getelementptr inbounds nuw i8, ptr %0, i32 8
  %10 = load ptr, ptr %9, align 4, !tbaa !11
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
  %16 = load i8, ptr %15, align 1, !tbaa !12
  %17 = icmp eq i8 %16, %3
  br i1 %17, label %18, label %31

18:                                               ; preds = %13
  store i8 %4, ptr %15, align 1, !tbaa !12
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

declare dso_local void @sink(ptr noundef, i32 noundef) local_unnamed_addr #6

; Function Attrs: nofree norecurse nosync nounwind memory(none)
define dso_local i64 @gcd(i64 noundef %0, i64 noundef %1) local_unnamed_addr #1 {
  %3 = icmp eq i64 %1, 0
  br i1 %3, label %18, label %4

4:                                                ; preds = %2, %15
  %5 = phi i64 [ %16, %15 ], [ %1, %2 ]
  %6 = phi i64 [ %13, %15 ], [ %0, %2 ]
  %7 = urem i64 %6, %5
  %8 = icmp eq i64 %7, 0
  br i1 %8, label %18, label %9

9:                                                ; preds = %4
  %10 = urem i64 %5, %7
  %11 = icmp eq i64 %10, 0
  br i1 %11, label %18, label %12

12:                                               ; preds = %9
  %13 = urem i64 %7, %10
  %14 = icmp eq i64 %13, 0
  br i1 %14, label %18, label %15

15:                                               ; preds = %12
  %16 = urem i64 %10, %13
  %17 = icmp eq i64 %16, 0
  br i1 %17, label %18, label %4

18:                                               ; preds = %4, %9, %12, %15, %2
  %19 = phi i64 [ %0, %2 ], [ %5, %4 ], [ %7, %9 ], [ %10, %12 ], [ %13, %15 ]
  ret i64 %19
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
  br i1 %4, label %5, label %74

5:                                                ; preds = %3, %72
  %6 = phi i32 [ %70, %72 ], [ %1, %3 ]
  %7 = add nsw i32 %6, %2
  %8 = sdiv i32 %7, 2
  %9 = getelementptr inbounds i32, ptr %0, i32 %8
  %10 = load i32, ptr %9, align 4, !tbaa !3
  br label %11

11:                                               ; preds = %5, %68
  %12 = phi i32 [ %6, %5 ], [ %70, %68 ]
  %13 = phi i32 [ %2, %5 ], [ %69, %68 ]
  br label %14

14:                                               ; preds = %30, %11
  %15 = phi i32 [ %12, %11 ], [ %34, %30 ]
  %16 = getelementptr inbounds i32, ptr %0, i32 %15
  %17 = load i32, ptr %16, align 4, !tbaa !3
  %18 = icmp slt i32 %17, %10
  %19 = add nsw i32 %15, 1
  br i1 %18, label %20, label %35, !llvm.loop !13

20:                                               ; preds = %14
  %21 = getelementptr inbounds i32, ptr %0, i32 %19
  %22 = load i32, ptr %21, align 4, !tbaa !3
  %23 = icmp slt i32 %22, %10
  %24 = add nsw i32 %15, 2
  br i1 %23, label %25, label %35, !llvm.loop !13

25:                                               ; preds = %20
  %26 = getelementptr inbounds i32, ptr %0, i32 %24
  %27 = load i32, ptr %26, align 4, !tbaa !3
  %28 = icmp slt i32 %27, %10
  %29 = add nsw i32 %15, 3
  br i1 %28, label %30, label %35, !llvm.loop !13

30:                                               ; preds = %25
  %31 = getelementptr inbounds i32, ptr %0, i32 %29
  %32 = load i32, ptr %31, align 4, !tbaa !3
  %33 = icmp slt i32 %32, %10
  %34 = add nsw i32 %15, 4
  br i1 %33, label %14, label %35, !llvm.loop !13

35:                                               ; preds = %30, %25, %20, %14
  %36 = phi i32 [ %15, %14 ], [ %19, %20 ], [ %24, %25 ], [ %29, %30 ]
  %37 = phi i32 [ %17, %14 ], [ %22, %20 ], [ %27, %25 ], [ %32, %30 ]
  %38 = phi i32 [ %19, %14 ], [ %24, %20 ], [ %29, %25 ], [ %34, %30 ]
  %39 = getelementptr inbounds i32, ptr %0, i32 %36
  br label %40

40:                                               ; preds = %56, %35
  %41 = phi i32 [ %13, %35 ], [ %60, %56 ]
  %42 = getelementptr inbounds i32, ptr %0, i32 %41
  %43 = load i32, ptr %42, align 4, !tbaa !3
  %44 = icmp sgt i32 %43, %10
  %45 = add nsw i32 %41, -1
  br i1 %44, label %46, label %61, !llvm.loop !15

46:                                               ; preds = %40
  %47 = getelementptr inbounds i32, ptr %0, i32 %45
  %48 = load i32, ptr %47, align 4, !tbaa !3
  %49 = icmp sgt i32 %48, %10
  %50 = add nsw i32 %41, -2
  br i1 %49, label %51, label %61, !llvm.loop !15

51:                                               ; preds = %46
  %52 = getelementptr inbounds i32, ptr %0, i32 %50
  %53 = load i32, ptr %52, align 4, !tbaa !3
  %54 = icmp sgt i32 %53, %10
  %55 = add nsw i32 %41, -3
  br i1 %54, label %56, label %61, !llvm.loop !15

56:                                               ; preds = %51
  %57 = getelementptr inbounds i32, ptr %0, i32 %55
  %58 = load i32, ptr %57, align 4, !tbaa !3
  %59 = icmp sgt i32 %58, %10
  %60 = add nsw i32 %41, -4
  br i1 %59, label %40, label %61, !llvm.loop !15

61:                                               ; preds = %56, %51, %46, %40
  %62 = phi i32 [ %41, %40 ], [ %45, %46 ], [ %50, %51 ], [ %55, %56 ]
  %63 = phi i32 [ %43, %40 ], [ %48, %46 ], [ %53, %51 ], [ %58, %56 ]
  %64 = phi i32 [ %45, %40 ], [ %50, %46 ], [ %55, %51 ], [ %60, %56 ]
  %65 = icmp sgt i32 %36, %62
  br i1 %65, label %68, label %66

66:                                               ; preds = %61
  %67 = getelementptr inbounds i32, ptr %0, i32 %62
  store i32 %63, ptr %39, align 4, !tbaa !3
  store i32 %37, ptr %67, align 4, !tbaa !3
  br label %68

68:                                               ; preds = %66, %61
  %69 = phi i32 [ %64, %66 ], [ %62, %61 ]
  %70 = phi i32 [ %38, %66 ], [ %36, %61 ]
  %71 = icmp sgt i32 %70, %69
  br i1 %71, label %72, label %11, !llvm.loop !16

72:                                               ; preds = %68
  tail call fastcc void @quicksort(ptr noundef nonnull %0, i32 noundef %6, i32 noundef %69)
  %73 = icmp slt i32 %70, %2
  br i1 %73, label %5, label %74

74:                                               ; preds = %72, %3
  ret void
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #8

attributes #0 = { nofree nosync nounwind memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #1 = { nofree norecurse nosync nounwind memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #2 = { nofree nosync nounwind memory(read, inaccessiblemem: none, target_mem0: none, target_mem1: none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #7 = { nofree nosync nounwind memory(argmem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #8 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { nounwind }

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
!7 = !{!8, !9, i64 4}
!8 = !{!"node", !4, i64 0, !9, i64 4, !9, i64 8}
!9 = !{!"p1 _ZTS4node", !10, i64 0}
!10 = !{!"any pointer", !5, i64 0}
!11 = !{!8, !9, i64 8}
!12 = !{!5, !5, i64 0}
!13 = distinct !{!13, !14}
!14 = !{!"llvm.loop.mustprogress"}
!15 = distinct !{!15, !14}
!16 = distinct !{!16, !14}
