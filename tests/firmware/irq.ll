; ModuleID = 'irq.c'
source_filename = "irq.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "thumbv7em-unknown-none-eabi"

@ticks = external dso_local global i32, align 4
@uart_buf = external dso_local global [64 x i8], align 1

; Function Attrs: nofree noinline norecurse nounwind memory(inaccessiblemem: readwrite)
define dso_local void @log_event(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [4 x i32], align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #6
  %3 = and i32 %0, 3
  %4 = getelementptr inbounds nuw i32, ptr %2, i32 %3
  store volatile i32 %0, ptr %4, align 4, !tbaa !3
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #6
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nofree noinline norecurse nounwind memory(argmem: readwrite, inaccessiblemem: readwrite)
define dso_local i32 @checksum(ptr noundef %0, i32 noundef %1) local_unnamed_addr #2 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %33

4:                                                ; preds = %2
  %5 = and i32 %1, 3
  %6 = icmp ult i32 %1, 4
  br i1 %6, label %11, label %7

7:                                                ; preds = %4
  %8 = and i32 %1, 2147483644
  br label %35

9:                                                ; preds = %35
  %10 = icmp eq i32 %5, 0
  br i1 %10, label %33, label %11

11:                                               ; preds = %9, %4
  %12 = phi i32 [ 0, %4 ], [ %58, %9 ]
  %13 = phi i32 [ 0, %4 ], [ %57, %9 ]
  %14 = icmp ne i32 %5, 0
  tail call void @llvm.assume(i1 %14)
  %15 = getelementptr inbounds nuw i8, ptr %0, i32 %12
  %16 = load volatile i8, ptr %15, align 1, !tbaa !7
  %17 = zext i8 %16 to i32
  %18 = add nuw nsw i32 %13, %17
  %19 = icmp eq i32 %5, 1
  br i1 %19, label %33, label %20

20:                                               ; preds = %11
  %21 = getelementptr inbounds nuw i8, ptr %0, i32 %12
  %22 = getelementptr inbounds nuw i8, ptr %21, i32 1
  %23 = load volatile i8, ptr %22, align 1, !tbaa !7
  %24 = zext i8 %23 to i32
  %25 = add nuw nsw i32 %18, %24
  %26 = icmp eq i32 %5, 2
  br i1 %26, label %33, label %27

27:                                               ; preds = %20
  %28 = getelementptr inbounds nuw i8, ptr %0, i32 %12
  %29 = getelementptr inbounds nuw i8, ptr %28, i32 2
  %30 = load volatile i8, ptr %29, align 1, !tbaa !7
  %31 = zext i8 %30 to i32
  %32 = add nuw nsw i32 %25, %31
  br label %33

33:                                               ; preds = %9, %27, %20, %11, %2
  %34 = phi i32 [ 0, %2 ], [ %57, %9 ], [ %18, %11 ], [ %25, %20 ], [ %32, %27 ]
  ret i32 %34

35:                                               ; preds = %35, %7
  %36 = phi i32 [ 0, %7 ], [ %58, %35 ]
  %37 = phi i32 [ 0, %7 ], [ %57, %35 ]
  %38 = phi i32 [ 0, %7 ], [ %59, %35 ]
  %39 = getelementptr inbounds nuw i8, ptr %0, i32 %36
  %40 = load volatile i8, ptr %39, align 1, !tbaa !7
  %41 = zext i8 %40 to i32
  %42 = add nuw nsw i32 %37, %41
  %43 = getelementptr inbounds nuw i8, ptr %0, i32 %36
  %44 = getelementptr inbounds nuw i8, ptr %43, i32 1
  %45 = load volatile i8, ptr %44, align 1, !tbaa !7
  %46 = zext i8 %45 to i32
  %47 = add nuw nsw i32 %42, %46
  %48 = getelementptr inbounds nuw i8, ptr %0, i32 %36
  %49 = getelementptr inbounds nuw i8, ptr %48, i32 2
  %50 = load volatile i8, ptr %49, align 1, !tbaa !7
  %51 = zext i8 %50 to i32
  %52 = add nuw nsw i32 %47, %51
  %53 = getelementptr inbounds nuw i8, ptr %0, i32 %36
  %54 = getelementptr inbounds nuw i8, ptr %53, i32 3
  %55 = load volatile i8, ptr %54, align 1, !tbaa !7
  %56 = zext i8 %55 to i32
  %57 = add nuw nsw i32 %52, %56
  %58 = add nuw nsw i32 %36, 4
  %59 = add i32 %38, 4
  %60 = icmp eq i32 %59, %8
  br i1 %60, label %9, label %35, !llvm.loop !8
}

; Function Attrs: nofree norecurse nounwind memory(readwrite, argmem: none, target_mem0: none, target_mem1: none) alignstack(8)
define dso_local void @SysTick_Handler() local_unnamed_addr #3 {
  %1 = load volatile i32, ptr @ticks, align 4, !tbaa !3
  %2 = add nsw i32 %1, 1
  store volatile i32 %2, ptr @ticks, align 4, !tbaa !3
  %3 = load volatile i32, ptr @ticks, align 4, !tbaa !3
  tail call void @log_event(i32 noundef %3)
  ret void
}

; Function Attrs: nofree norecurse nounwind memory(readwrite, argmem: none, target_mem0: none, target_mem1: none)
define dso_local void @UART0_IRQHandler() local_unnamed_addr #4 {
  %1 = alloca [32 x i8], align 1
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #6
  %2 = load volatile i8, ptr @uart_buf, align 1, !tbaa !7
  store volatile i8 %2, ptr %1, align 1, !tbaa !7
  %3 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 1), align 1, !tbaa !7
  %4 = getelementptr inbounds nuw i8, ptr %1, i32 1
  store volatile i8 %3, ptr %4, align 1, !tbaa !7
  %5 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 2), align 1, !tbaa !7
  %6 = getelementptr inbounds nuw i8, ptr %1, i32 2
  store volatile i8 %5, ptr %6, align 1, !tbaa !7
  %7 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 3), align 1, !tbaa !7
  %8 = getelementptr inbounds nuw i8, ptr %1, i32 3
  store volatile i8 %7, ptr %8, align 1, !tbaa !7
  %9 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 4), align 1, !tbaa !7
  %10 = getelementptr inbounds nuw i8, ptr %1, i32 4
  store volatile i8 %9, ptr %10, align 1, !tbaa !7
  %11 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 5), align 1, !tbaa !7
  %12 = getelementptr inbounds nuw i8, ptr %1, i32 5
  store volatile i8 %11, ptr %12, align 1, !tbaa !7
  %13 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 6), align 1, !tbaa !7
  %14 = getelementptr inbounds nuw i8, ptr %1, i32 6
  store volatile i8 %13, ptr %14, align 1, !tbaa !7
  %15 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 7), align 1, !tbaa !7
  %16 = getelementptr inbounds nuw i8, ptr %1, i32 7
  store volatile i8 %15, ptr %16, align 1, !tbaa !7
  %17 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 8), align 1, !tbaa !7
  %18 = getelementptr inbounds nuw i8, ptr %1, i32 8
  store volatile i8 %17, ptr %18, align 1, !tbaa !7
  %19 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 9), align 1, !tbaa !7
  %20 = getelementptr inbounds nuw i8, ptr %1, i32 9
  store volatile i8 %19, ptr %20, align 1, !tbaa !7
  %21 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 10), align 1, !tbaa !7
  %22 = getelementptr inbounds nuw i8, ptr %1, i32 10
  store volatile i8 %21, ptr %22, align 1, !tbaa !7
  %23 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 11), align 1, !tbaa !7
  %24 = getelementptr inbounds nuw i8, ptr %1, i32 11
  store volatile i8 %23, ptr %24, align 1, !tbaa !7
  %25 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 12), align 1, !tbaa !7
  %26 = getelementptr inbounds nuw i8, ptr %1, i32 12
  store volatile i8 %25, ptr %26, align 1, !tbaa !7
  %27 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 13), align 1, !tbaa !7
  %28 = getelementptr inbounds nuw i8, ptr %1, i32 13
  store volatile i8 %27, ptr %28, align 1, !tbaa !7
  %29 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 14), align 1, !tbaa !7
  %30 = getelementptr inbounds nuw i8, ptr %1, i32 14
  store volatile i8 %29, ptr %30, align 1, !tbaa !7
  %31 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 15), align 1, !tbaa !7
  %32 = getelementptr inbounds nuw i8, ptr %1, i32 15
  store volatile i8 %31, ptr %32, align 1, !tbaa !7
  %33 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 16), align 1, !tbaa !7
  %34 = getelementptr inbounds nuw i8, ptr %1, i32 16
  store volatile i8 %33, ptr %34, align 1, !tbaa !7
  %35 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 17), align 1, !tbaa !7
  %36 = getelementptr inbounds nuw i8, ptr %1, i32 17
  store volatile i8 %35, ptr %36, align 1, !tbaa !7
  %37 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 18), align 1, !tbaa !7
  %38 = getelementptr inbounds nuw i8, ptr %1, i32 18
  store volatile i8 %37, ptr %38, align 1, !tbaa !7
  %39 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 19), align 1, !tbaa !7
  %40 = getelementptr inbounds nuw i8, ptr %1, i32 19
  store volatile i8 %39, ptr %40, align 1, !tbaa !7
  %41 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 20), align 1, !tbaa !7
  %42 = getelementptr inbounds nuw i8, ptr %1, i32 20
  store volatile i8 %41, ptr %42, align 1, !tbaa !7
  %43 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 21), align 1, !tbaa !7
  %44 = getelementptr inbounds nuw i8, ptr %1, i32 21
  store volatile i8 %43, ptr %44, align 1, !tbaa !7
  %45 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 22), align 1, !tbaa !7
  %46 = getelementptr inbounds nuw i8, ptr %1, i32 22
  store volatile i8 %45, ptr %46, align 1, !tbaa !7
  %47 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 23), align 1, !tbaa !7
  %48 = getelementptr inbounds nuw i8, ptr %1, i32 23
  store volatile i8 %47, ptr %48, align 1, !tbaa !7
  %49 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 24), align 1, !tbaa !7
  %50 = getelementptr inbounds nuw i8, ptr %1, i32 24
  store volatile i8 %49, ptr %50, align 1, !tbaa !7
  %51 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 25), align 1, !tbaa !7
  %52 = getelementptr inbounds nuw i8, ptr %1, i32 25
  store volatile i8 %51, ptr %52, align 1, !tbaa !7
  %53 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 26), align 1, !tbaa !7
  %54 = getelementptr inbounds nuw i8, ptr %1, i32 26
  store volatile i8 %53, ptr %54, align 1, !tbaa !7
  %55 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 27), align 1, !tbaa !7
  %56 = getelementptr inbounds nuw i8, ptr %1, i32 27
  store volatile i8 %55, ptr %56, align 1, !tbaa !7
  %57 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 28), align 1, !tbaa !7
  %58 = getelementptr inbounds nuw i8, ptr %1, i32 28
  store volatile i8 %57, ptr %58, align 1, !tbaa !7
  %59 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 29), align 1, !tbaa !7
  %60 = getelementptr inbounds nuw i8, ptr %1, i32 29
  store volatile i8 %59, ptr %60, align 1, !tbaa !7
  %61 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 30), align 1, !tbaa !7
  %62 = getelementptr inbounds nuw i8, ptr %1, i32 30
  store volatile i8 %61, ptr %62, align 1, !tbaa !7
  %63 = load volatile i8, ptr getelementptr inbounds nuw (i8, ptr @uart_buf, i32 31), align 1, !tbaa !7
  %64 = getelementptr inbounds nuw i8, ptr %1, i32 31
  store volatile i8 %63, ptr %64, align 1, !tbaa !7
  %65 = call i32 @checksum(ptr noundef nonnull %1, i32 noundef 32)
  call void @log_event(i32 noundef %65)
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #6
  ret void
}

; Function Attrs: nofree norecurse nounwind memory(readwrite, argmem: none, target_mem0: none, target_mem1: none)
define dso_local void @DMA_IRQHandler() local_unnamed_addr #4 {
  %1 = tail call i32 @checksum(ptr noundef nonnull @uart_buf, i32 noundef 64)
  tail call void @log_event(i32 noundef %1)
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #5

attributes #0 = { nofree noinline norecurse nounwind memory(inaccessiblemem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-cdecp0,-cdecp1,-cdecp2,-cdecp3,-cdecp4,-cdecp5,-cdecp6,-cdecp7,-crc,-crypto,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-hwdiv-arm,-i8mm,-lob,-mve,-mve.fp,-neon,-pacbti,-ras,-sb,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree noinline norecurse nounwind memory(argmem: readwrite, inaccessiblemem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-cdecp0,-cdecp1,-cdecp2,-cdecp3,-cdecp4,-cdecp5,-cdecp6,-cdecp7,-crc,-crypto,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-hwdiv-arm,-i8mm,-lob,-mve,-mve.fp,-neon,-pacbti,-ras,-sb,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #3 = { nofree norecurse nounwind memory(readwrite, argmem: none, target_mem0: none, target_mem1: none) alignstack=8 "interrupt"="IRQ" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-cdecp0,-cdecp1,-cdecp2,-cdecp3,-cdecp4,-cdecp5,-cdecp6,-cdecp7,-crc,-crypto,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-hwdiv-arm,-i8mm,-lob,-mve,-mve.fp,-neon,-pacbti,-ras,-sb,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #4 = { nofree norecurse nounwind memory(readwrite, argmem: none, target_mem0: none, target_mem1: none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-cdecp0,-cdecp1,-cdecp2,-cdecp3,-cdecp4,-cdecp5,-cdecp6,-cdecp7,-crc,-crypto,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-hwdiv-arm,-i8mm,-lob,-mve,-mve.fp,-neon,-pacbti,-ras,-sb,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #5 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #6 = { nounwind }

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
!7 = !{!5, !5, i64 0}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.mustprogress"}
