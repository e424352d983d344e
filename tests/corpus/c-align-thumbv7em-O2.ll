; ModuleID = 'align.c'
source_filename = "align.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "thumbv7em-unknown-none-eabi"

%struct.wide = type { [4 x double] }
%struct.cacheline = type { [64 x i8] }

; Function Attrs: nounwind
define dso_local range(i32 0, 256) i32 @aligned_local(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [64 x i8], align 64
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #6
  %3 = trunc i32 %0 to i8
  call void @llvm.memset.p0.i32(ptr noundef nonnull align 64 dereferenceable(64) %2, i8 %3, i32 64, i1 false)
  call void @sink(ptr noundef nonnull %2, i32 noundef 64) #6
  %4 = getelementptr inbounds nuw i8, ptr %2, i32 3
  %5 = load i8, ptr %4, align 1, !tbaa !7
  %6 = zext i8 %5 to i32
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #6
  ret i32 %6
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr writeonly captures(none), i8, i32, i1 immarg) #2

declare dso_local void @sink(ptr noundef, i32 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: nounwind
define dso_local range(i32 0, 256) i32 @very_aligned(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [128 x i8], align 4096
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #6
  %3 = trunc i32 %0 to i8
  store i8 %3, ptr %2, align 4096, !tbaa !7
  call void @sink(ptr noundef nonnull %2, i32 noundef 128) #6
  %4 = load i8, ptr %2, align 4096, !tbaa !7
  %5 = zext i8 %4 to i32
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #6
  ret i32 %5
}

; Function Attrs: nounwind
define dso_local double @aligned_with_call(ptr noundef readonly captures(none) %0) local_unnamed_addr #0 {
  %2 = alloca %struct.wide, align 32
  %3 = alloca [3 x %struct.cacheline], align 64
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #6
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #6
  %4 = load double, ptr %0, align 8, !tbaa !8
  %5 = fmul double %4, 2.000000e+00
  store double %5, ptr %2, align 32, !tbaa !8
  %6 = getelementptr inbounds nuw i8, ptr %0, i32 8
  %7 = load double, ptr %6, align 8, !tbaa !8
  %8 = fmul double %7, 2.000000e+00
  %9 = getelementptr inbounds nuw i8, ptr %2, i32 8
  store double %8, ptr %9, align 8, !tbaa !8
  %10 = getelementptr inbounds nuw i8, ptr %0, i32 16
  %11 = load double, ptr %10, align 8, !tbaa !8
  %12 = fmul double %11, 2.000000e+00
  %13 = getelementptr inbounds nuw i8, ptr %2, i32 16
  store double %12, ptr %13, align 16, !tbaa !8
  %14 = getelementptr inbounds nuw i8, ptr %0, i32 24
  %15 = load double, ptr %14, align 8, !tbaa !8
  %16 = fmul double %15, 2.000000e+00
  %17 = getelementptr inbounds nuw i8, ptr %2, i32 24
  store double %16, ptr %17, align 8, !tbaa !8
  call void @sink(ptr noundef nonnull %2, i32 noundef 32) #6
  call void @sink(ptr noundef nonnull %3, i32 noundef 192) #6
  %18 = load double, ptr %2, align 32, !tbaa !8
  %19 = load double, ptr %17, align 8, !tbaa !8
  %20 = fadd double %18, %19
  %21 = getelementptr inbounds nuw i8, ptr %3, i32 69
  %22 = load i8, ptr %21, align 1, !tbaa !7
  %23 = uitofp i8 %22 to double
  %24 = fadd double %20, %23
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #6
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #6
  ret double %24
}

; Function Attrs: nounwind
define dso_local range(i32 -2147483643, -2147483648) i32 @aligned_and_vla(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca [32 x i32], align 128
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #6
  %3 = tail call ptr @llvm.stacksave.p0()
  %4 = alloca i32, i32 %0, align 4
  store i32 0, ptr %2, align 128, !tbaa !3
  %5 = getelementptr inbounds nuw i8, ptr %2, i32 4
  store i32 1, ptr %5, align 4, !tbaa !3
  %6 = getelementptr inbounds nuw i8, ptr %2, i32 8
  store i32 2, ptr %6, align 8, !tbaa !3
  %7 = getelementptr inbounds nuw i8, ptr %2, i32 12
  store i32 3, ptr %7, align 4, !tbaa !3
  %8 = getelementptr inbounds nuw i8, ptr %2, i32 16
  store i32 4, ptr %8, align 16, !tbaa !3
  %9 = getelementptr inbounds nuw i8, ptr %2, i32 20
  store i32 5, ptr %9, align 4, !tbaa !3
  %10 = getelementptr inbounds nuw i8, ptr %2, i32 24
  store i32 6, ptr %10, align 8, !tbaa !3
  %11 = getelementptr inbounds nuw i8, ptr %2, i32 28
  store i32 7, ptr %11, align 4, !tbaa !3
  %12 = getelementptr inbounds nuw i8, ptr %2, i32 32
  store i32 8, ptr %12, align 32, !tbaa !3
  %13 = getelementptr inbounds nuw i8, ptr %2, i32 36
  store i32 9, ptr %13, align 4, !tbaa !3
  %14 = getelementptr inbounds nuw i8, ptr %2, i32 40
  store i32 10, ptr %14, align 8, !tbaa !3
  %15 = getelementptr inbounds nuw i8, ptr %2, i32 44
  store i32 11, ptr %15, align 4, !tbaa !3
  %16 = getelementptr inbounds nuw i8, ptr %2, i32 48
  store i32 12, ptr %16, align 16, !tbaa !3
  %17 = getelementptr inbounds nuw i8, ptr %2, i32 52
  store i32 13, ptr %17, align 4, !tbaa !3
  %18 = getelementptr inbounds nuw i8, ptr %2, i32 56
  store i32 14, ptr %18, align 8, !tbaa !3
  %19 = getelementptr inbounds nuw i8, ptr %2, i32 60
  store i32 15, ptr %19, align 4, !tbaa !3
  %20 = getelementptr inbounds nuw i8, ptr %2, i32 64
  store i32 16, ptr %20, align 64, !tbaa !3
  %21 = getelementptr inbounds nuw i8, ptr %2, i32 68
  store i32 17, ptr %21, align 4, !tbaa !3
  %22 = getelementptr inbounds nuw i8, ptr %2, i32 72
  store i32 18, ptr %22, align 8, !tbaa !3
  %23 = getelementptr inbounds nuw i8, ptr %2, i32 76
  store i32 19, ptr %23, align 4, !tbaa !3
  %24 = getelementptr inbounds nuw i8, ptr %2, i32 80
  store i32 20, ptr %24, align 16, !tbaa !3
  %25 = getelementptr inbounds nuw i8, ptr %2, i32 84
  store i32 21, ptr %25, align 4, !tbaa !3
  %26 = getelementptr inbounds nuw i8, ptr %2, i32 88
  store i32 22, ptr %26, align 8, !tbaa !3
  %27 = getelementptr inbounds nuw i8, ptr %2, i32 92
  store i32 23, ptr %27, align 4, !tbaa !3
  %28 = getelementptr inbounds nuw i8, ptr %2, i32 96
  store i32 24, ptr %28, align 32, !tbaa !3
  %29 = getelementptr inbounds nuw i8, ptr %2, i32 100
  store i32 25, ptr %29, align 4, !tbaa !3
  %30 = getelementptr inbounds nuw i8, ptr %2, i32 104
  store i32 26, ptr %30, align 8, !tbaa !3
  %31 = getelementptr inbounds nuw i8, ptr %2, i32 108
  store i32 27, ptr %31, align 4, !tbaa !3
  %32 = getelementptr inbounds nuw i8, ptr %2, i32 112
  store i32 28, ptr %32, align 16, !tbaa !3
  %33 = getelementptr inbounds nuw i8, ptr %2, i32 116
  store i32 29, ptr %33, align 4, !tbaa !3
  %34 = getelementptr inbounds nuw i8, ptr %2, i32 120
  store i32 30, ptr %34, align 8, !tbaa !3
  %35 = getelementptr inbounds nuw i8, ptr %2, i32 124
  store i32 31, ptr %35, align 4, !tbaa !3
  %36 = icmp sgt i32 %0, 0
  br i1 %36, label %37, label %65

37:                                               ; preds = %1
  %38 = and i32 %0, 3
  %39 = icmp ult i32 %0, 4
  br i1 %39, label %44, label %40

40:                                               ; preds = %37
  %41 = and i32 %0, 2147483644
  br label %69

42:                                               ; preds = %69
  %43 = icmp eq i32 %38, 0
  br i1 %43, label %65, label %44

44:                                               ; preds = %42, %37
  %45 = phi i32 [ 0, %37 ], [ %91, %42 ]
  %46 = icmp ne i32 %38, 0
  tail call void @llvm.assume(i1 %46)
  %47 = and i32 %45, 31
  %48 = getelementptr inbounds nuw i32, ptr %2, i32 %47
  %49 = load i32, ptr %48, align 4, !tbaa !3
  %50 = getelementptr inbounds nuw i32, ptr %4, i32 %45
  store i32 %49, ptr %50, align 4, !tbaa !3
  %51 = icmp eq i32 %38, 1
  br i1 %51, label %65, label %52

52:                                               ; preds = %44
  %53 = add nuw nsw i32 %45, 1
  %54 = and i32 %53, 31
  %55 = getelementptr inbounds nuw i32, ptr %2, i32 %54
  %56 = load i32, ptr %55, align 4, !tbaa !3
  %57 = getelementptr inbounds nuw i32, ptr %4, i32 %53
  store i32 %56, ptr %57, align 4, !tbaa !3
  %58 = icmp eq i32 %38, 2
  br i1 %58, label %65, label %59

59:                                               ; preds = %52
  %60 = add nuw nsw i32 %45, 2
  %61 = and i32 %60, 31
  %62 = getelementptr inbounds nuw i32, ptr %2, i32 %61
  %63 = load i32, ptr %62, align 4, !tbaa !3
  %64 = getelementptr inbounds nuw i32, ptr %4, i32 %60
  store i32 %63, ptr %64, align 4, !tbaa !3
  br label %65

65:                                               ; preds = %42, %59, %52, %44, %1
  %66 = shl nuw i32 %0, 2
  call void @sink(ptr noundef nonnull %4, i32 noundef %66) #6
  %67 = load i32, ptr %4, align 4, !tbaa !3
  %68 = add nsw i32 %67, 5
  call void @llvm.stackrestore.p0(ptr %3)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #6
  ret i32 %68

69:                                               ; preds = %69, %40
  %70 = phi i32 [ 0, %40 ], [ %91, %69 ]
  %71 = phi i32 [ 0, %40 ], [ %92, %69 ]
  %72 = and i32 %70, 28
  %73 = getelementptr inbounds nuw i32, ptr %2, i32 %72
  %74 = load i32, ptr %73, align 16, !tbaa !3
  %75 = getelementptr inbounds nuw i32, ptr %4, i32 %70
  store i32 %74, ptr %75, align 4, !tbaa !3
  %76 = or disjoint i32 %70, 1
  %77 = and i32 %76, 29
  %78 = getelementptr inbounds nuw i32, ptr %2, i32 %77
  %79 = load i32, ptr %78, align 4, !tbaa !3
  %80 = getelementptr inbounds nuw i32, ptr %4, i32 %76
  store i32 %79, ptr %80, align 4, !tbaa !3
  %81 = or disjoint i32 %70, 2
  %82 = and i32 %81, 30
  %83 = getelementptr inbounds nuw i32, ptr %2, i32 %82
  %84 = load i32, ptr %83, align 8, !tbaa !3
  %85 = getelementptr inbounds nuw i32, ptr %4, i32 %81
  store i32 %84, ptr %85, align 4, !tbaa !3
  %86 = or disjoint i32 %70, 3
  %87 = and i32 %86, 31
  %88 = getelementptr inbounds nuw i32, ptr %2, i32 %87
  %89 = load i32, ptr %88, align 4, !tbaa !3
  %90 = getelementptr inbounds nuw i32, ptr %4, i32 %86
  store i32 %89, ptr %90, align 4, !tbaa !3
  %91 = add nuw nsw i32 %70, 4
  %92 = add i32 %71, 4
  %93 = icmp eq i32 %92, %41
  br i1 %93, label %42, label %69, !llvm.loop !10
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #4

; Function Attrs: nounwind
define dso_local void @vec_madd(ptr dead_on_unwind noalias writable writeonly sret(<8 x float>) align 8 captures(none) initializes((0, 32)) %0, <8 x float> noundef %1, <8 x float> noundef %2, <8 x float> noundef %3) local_unnamed_addr #0 {
  %5 = alloca [4 x <8 x float>], align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #6
  store <8 x float> %1, ptr %5, align 8, !tbaa !7
  %6 = getelementptr inbounds nuw i8, ptr %5, i32 32
  store <8 x float> %2, ptr %6, align 8, !tbaa !7
  %7 = getelementptr inbounds nuw i8, ptr %5, i32 64
  store <8 x float> %3, ptr %7, align 8, !tbaa !7
  %8 = getelementptr inbounds nuw i8, ptr %5, i32 96
  %9 = fmul <8 x float> %1, %2
  store <8 x float> %9, ptr %8, align 8, !tbaa !7
  call void @sink(ptr noundef nonnull %5, i32 noundef 128) #6
  %10 = load <8 x float>, ptr %8, align 8, !tbaa !7
  %11 = fadd <8 x float> %3, %10
  store <8 x float> %11, ptr %0, align 8, !tbaa !7
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #6
  ret void
}

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #5

attributes #0 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn }
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
!8 = !{!9, !9, i64 0}
!9 = !{!"double", !5, i64 0}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
