; ModuleID = 'app.c'
source_filename = "app.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "thumbv7em-unknown-none-eabi"

@uart_buf = dso_local global [64 x i8] zeroinitializer, align 1
@ticks = dso_local local_unnamed_addr global i32 0, align 4

; Function Attrs: nounwind
define dso_local noundef i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i32 [ 0, %0 ], [ %5, %1 ]
  tail call fastcc void @step(i32 noundef %2)
  %3 = tail call i32 @checksum(ptr noundef nonnull @uart_buf, i32 noundef 64) #4
  %4 = icmp eq i32 %3, 85
  %5 = add nuw nsw i32 %2, 1
  br i1 %4, label %6, label %1

6:                                                ; preds = %1
  ret i32 1
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: noinline nounwind
define internal fastcc void @step(i32 noundef %0) unnamed_addr #2 {
  %2 = alloca [8 x i32], align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #4
  store volatile i32 %0, ptr %2, align 4, !tbaa !3
  %3 = add nsw i32 %0, 1
  %4 = getelementptr inbounds nuw i8, ptr %2, i32 4
  store volatile i32 %3, ptr %4, align 4, !tbaa !3
  %5 = add nsw i32 %0, 2
  %6 = getelementptr inbounds nuw i8, ptr %2, i32 8
  store volatile i32 %5, ptr %6, align 4, !tbaa !3
  %7 = add nsw i32 %0, 3
  %8 = getelementptr inbounds nuw i8, ptr %2, i32 12
  store volatile i32 %7, ptr %8, align 4, !tbaa !3
  %9 = add nsw i32 %0, 4
  %10 = getelementptr inbounds nuw i8, ptr %2, i32 16
  store volatile i32 %9, ptr %10, align 4, !tbaa !3
  %11 = add nsw i32 %0, 5
  %12 = getelementptr inbounds nuw i8, ptr %2, i32 20
  store volatile i32 %11, ptr %12, align 4, !tbaa !3
  %13 = add nsw i32 %0, 6
  %14 = getelementptr inbounds nuw i8, ptr %2, i32 24
  store volatile i32 %13, ptr %14, align 4, !tbaa !3
  %15 = add nsw i32 %0, 7
  %16 = getelementptr inbounds nuw i8, ptr %2, i32 28
  store volatile i32 %15, ptr %16, align 4, !tbaa !3
  %17 = and i32 %0, 7
  %18 = getelementptr inbounds nuw i32, ptr %2, i32 %17
  %19 = load volatile i32, ptr %18, align 4, !tbaa !3
  tail call void @log_event(i32 noundef %19) #4
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #4
  ret void
}

declare dso_local i32 @checksum(ptr noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind
define dso_local void @unused_self_test() local_unnamed_addr #0 {
  %1 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %1)
  store volatile i32 1, ptr %1, align 4, !tbaa !3
  %2 = load volatile i32, ptr %1, align 4, !tbaa !3
  tail call void @log_event(i32 noundef %2) #4
  call void @llvm.lifetime.end.p0(ptr nonnull %1)
  ret void
}

declare dso_local void @log_event(i32 noundef) local_unnamed_addr #3

attributes #0 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-cdecp0,-cdecp1,-cdecp2,-cdecp3,-cdecp4,-cdecp5,-cdecp6,-cdecp7,-crc,-crypto,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-hwdiv-arm,-i8mm,-lob,-mve,-mve.fp,-neon,-pacbti,-ras,-sb,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { noinline nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-cdecp0,-cdecp1,-cdecp2,-cdecp3,-cdecp4,-cdecp5,-cdecp6,-cdecp7,-crc,-crypto,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-hwdiv-arm,-i8mm,-lob,-mve,-mve.fp,-neon,-pacbti,-ras,-sb,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #3 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-cdecp0,-cdecp1,-cdecp2,-cdecp3,-cdecp4,-cdecp5,-cdecp6,-cdecp7,-crc,-crypto,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-hwdiv-arm,-i8mm,-lob,-mve,-mve.fp,-neon,-pacbti,-ras,-sb,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #4 = { nounwind }

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
