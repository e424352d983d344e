; ModuleID = 'manyargs.c'
source_filename = "manyargs.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "thumbv7em-unknown-none-eabi"

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define dso_local i64 @many_ints(i64 noundef %0, i64 noundef %1, i64 noundef %2, i64 noundef %3, i64 noundef %4, i64 noundef %5, i64 noundef %6, i64 noundef %7, i64 noundef %8, i64 noundef %9, i64 noundef %10, i64 noundef %11) local_unnamed_addr #0 {
  %13 = shl nsw i64 %1, 1
  %14 = add nsw i64 %13, %0
  %15 = mul nsw i64 %2, 3
  %16 = add nsw i64 %14, %15
  %17 = shl nsw i64 %3, 2
  %18 = add nsw i64 %16, %17
  %19 = mul nsw i64 %4, 5
  %20 = add nsw i64 %18, %19
  %21 = mul nsw i64 %5, 6
  %22 = add nsw i64 %20, %21
  %23 = mul nsw i64 %6, 7
  %24 = add nsw i64 %22, %23
  %25 = shl nsw i64 %7, 3
  %26 = add nsw i64 %24, %25
  %27 = mul nsw i64 %8, 9
  %28 = add nsw i64 %26, %27
  %29 = mul nsw i64 %9, 10
  %30 = add nsw i64 %28, %29
  %31 = mul nsw i64 %10, 11
  %32 = add nsw i64 %30, %31
  %33 = mul nsw i64 %11, 12
  %34 = add nsw i64 %32, %33
  ret i64 %34
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define dso_local double @many_mixed(i32 noundef %0, double noundef %1, i32 noundef %2, double noundef %3, i32 noundef %4, double noundef %5, i32 noundef %6, double noundef %7, i32 noundef %8, double noundef %9, i32 noundef %10, double noundef %11, i32 noundef %12, double noundef %13, i32 noundef %14, double noundef %15, i32 noundef %16, double noundef %17, float noundef %18, i8 noundef zeroext %19, i16 noundef signext %20) local_unnamed_addr #0 {
  %22 = sitofp i32 %0 to double
  %23 = fadd double %1, %22
  %24 = sitofp i32 %2 to double
  %25 = fadd double %23, %24
  %26 = fadd double %3, %25
  %27 = sitofp i32 %4 to double
  %28 = fadd double %26, %27
  %29 = fadd double %5, %28
  %30 = sitofp i32 %6 to double
  %31 = fadd double %29, %30
  %32 = fadd double %7, %31
  %33 = sitofp i32 %8 to double
  %34 = fadd double %32, %33
  %35 = fadd double %9, %34
  %36 = sitofp i32 %10 to double
  %37 = fadd double %35, %36
  %38 = fadd double %11, %37
  %39 = sitofp i32 %12 to double
  %40 = fadd double %38, %39
  %41 = fadd double %13, %40
  %42 = sitofp i32 %14 to double
  %43 = fadd double %41, %42
  %44 = fadd double %15, %43
  %45 = sitofp i32 %16 to double
  %46 = fadd double %44, %45
  %47 = fadd double %17, %46
  %48 = fpext float %18 to double
  %49 = fadd double %47, %48
  %50 = uitofp i8 %19 to double
  %51 = fadd double %49, %50
  %52 = sitofp i16 %20 to double
  %53 = fadd double %51, %52
  ret double %53
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define dso_local i64 @with_structs([4 x i64] %0, [1 x i32] %1, i64 noundef %2, [4 x i64] %3, [1 x i32] %4) local_unnamed_addr #0 {
  %6 = extractvalue [4 x i64] %0, 0
  %7 = extractvalue [4 x i64] %0, 3
  %8 = extractvalue [1 x i32] %1, 0
  %9 = lshr i32 %8, 16
  %10 = extractvalue [4 x i64] %3, 1
  %11 = extractvalue [1 x i32] %4, 0
  %12 = lshr i32 %11, 8
  %13 = add nsw i64 %6, %7
  %14 = and i32 %8, 255
  %15 = zext nneg i32 %14 to i64
  %16 = and i32 %9, 255
  %17 = zext nneg i32 %16 to i64
  %18 = and i32 %12, 255
  %19 = zext nneg i32 %18 to i64
  %20 = add i64 %13, %2
  %21 = add i64 %20, %15
  %22 = add i64 %21, %10
  %23 = add i64 %22, %17
  %24 = add nsw i64 %23, %19
  ret i64 %24
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define dso_local range(i64 -9223372036854775577, -9223372036854775808) i64 @caller_of_many(i64 noundef %0) local_unnamed_addr #0 {
  %2 = mul i64 %0, 5
  %3 = add i64 %2, 1385
  ret i64 %3
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define dso_local i64 @two_call_sites(i64 noundef %0) local_unnamed_addr #0 {
  %2 = mul nsw i64 %0, 78
  %3 = mul nsw i64 %0, 1023
  %4 = xor i64 %2, %3
  ret i64 %4
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define dso_local noundef i64 @forward_many(i64 noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = mul i64 %1, 42
  %4 = mul i64 %0, 36
  %5 = add i64 %4, %3
  ret i64 %5
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define dso_local noundef i64 @forward_few(i64 noundef %0, i64 noundef %1) local_unnamed_addr #0 {
  %3 = mul i64 %1, 12
  %4 = mul i64 %0, 9
  %5 = add i64 %4, %3
  ret i64 %5
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }

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
