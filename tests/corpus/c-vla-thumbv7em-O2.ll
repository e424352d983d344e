; ModuleID = 'vla.c'
source_filename = "vla.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "thumbv7em-unknown-none-eabi"

; Function Attrs: nounwind
define dso_local i32 @vla_sum(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca i32, i32 %0, align 4
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %9

4:                                                ; preds = %1
  %5 = and i32 %0, 3
  %6 = icmp ult i32 %0, 4
  br i1 %6, label %13, label %7

7:                                                ; preds = %4
  %8 = and i32 %0, 2147483644
  br label %34

9:                                                ; preds = %1
  %10 = shl nuw i32 %0, 2
  call void @sink(ptr noundef nonnull %2, i32 noundef %10) #8
  br label %72

11:                                               ; preds = %34
  %12 = icmp eq i32 %5, 0
  br i1 %12, label %28, label %13

13:                                               ; preds = %11, %4
  %14 = phi i32 [ 0, %4 ], [ %48, %11 ]
  %15 = icmp ne i32 %5, 0
  tail call void @llvm.assume(i1 %15)
  %16 = mul nuw nsw i32 %14, %14
  %17 = getelementptr inbounds nuw i32, ptr %2, i32 %14
  store i32 %16, ptr %17, align 4, !tbaa !3
  %18 = icmp eq i32 %5, 1
  br i1 %18, label %28, label %19

19:                                               ; preds = %13
  %20 = add nuw nsw i32 %14, 1
  %21 = mul nuw nsw i32 %20, %20
  %22 = getelementptr inbounds nuw i32, ptr %2, i32 %20
  store i32 %21, ptr %22, align 4, !tbaa !3
  %23 = icmp eq i32 %5, 2
  br i1 %23, label %28, label %24

24:                                               ; preds = %19
  %25 = add nuw nsw i32 %14, 2
  %26 = mul nuw nsw i32 %25, %25
  %27 = getelementptr inbounds nuw i32, ptr %2, i32 %25
  store i32 %26, ptr %27, align 4, !tbaa !3
  br label %28

28:                                               ; preds = %13, %19, %24, %11
  %29 = shl nuw i32 %0, 2
  call void @sink(ptr noundef nonnull %2, i32 noundef %29) #8
  %30 = and i32 %0, 3
  %31 = icmp ult i32 %0, 4
  br i1 %31, label %53, label %32

32:                                               ; preds = %28
  %33 = and i32 %0, 2147483644
  br label %74

34:                                               ; preds = %34, %7
  %35 = phi i32 [ 0, %7 ], [ %48, %34 ]
  %36 = phi i32 [ 0, %7 ], [ %49, %34 ]
  %37 = mul nuw nsw i32 %35, %35
  %38 = getelementptr inbounds nuw i32, ptr %2, i32 %35
  store i32 %37, ptr %38, align 4, !tbaa !3
  %39 = or disjoint i32 %35, 1
  %40 = mul nuw nsw i32 %39, %39
  %41 = getelementptr inbounds nuw i32, ptr %2, i32 %39
  store i32 %40, ptr %41, align 4, !tbaa !3
  %42 = or disjoint i32 %35, 2
  %43 = mul nuw nsw i32 %42, %42
  %44 = getelementptr inbounds nuw i32, ptr %2, i32 %42
  store i32 %43, ptr %44, align 4, !tbaa !3
  %45 = or disjoint i32 %35, 3
  %46 = mul nuw nsw i32 %45, %45
  %47 = getelementptr inbounds nuw i32, ptr %2, i32 %45
  store i32 %46, ptr %47, align 4, !tbaa !3
  %48 = add nuw nsw i32 %35, 4
  %49 = add i32 %36, 4
  %50 = icmp eq i32 %49, %8
  br i1 %50, label %11, label %34, !llvm.loop !7

51:                                               ; preds = %74
  %52 = icmp eq i32 %30, 0
  br i1 %52, label %72, label %53

53:                                               ; preds = %51, %28
  %54 = phi i32 [ 0, %28 ], [ %93, %51 ]
  %55 = phi i32 [ 0, %28 ], [ %92, %51 ]
  %56 = icmp ne i32 %30, 0
  call void @llvm.assume(i1 %56)
  %57 = getelementptr inbounds nuw i32, ptr %2, i32 %54
  %58 = load i32, ptr %57, align 4, !tbaa !3
  %59 = add nsw i32 %58, %55
  %60 = icmp eq i32 %30, 1
  br i1 %60, label %72, label %61

61:                                               ; preds = %53
  %62 = getelementptr inbounds nuw i32, ptr %2, i32 %54
  %63 = getelementptr inbounds nuw i8, ptr %62, i32 4
  %64 = load i32, ptr %63, align 4, !tbaa !3
  %65 = add nsw i32 %64, %59
  %66 = icmp eq i32 %30, 2
  br i1 %66, label %72, label %67

67:                                               ; preds = %61
  %68 = getelementptr inbounds nuw i32, ptr %2, i32 %54
  %69 = getelementptr inbounds nuw i8, ptr %68, i32 8
  %70 = load i32, ptr %69, align 4, !tbaa !3
  %71 = add nsw i32 %70, %65
  br label %72

72:                                               ; preds = %51, %67, %61, %53, %9
  %73 = phi i32 [ 0, %9 ], [ %92, %51 ], [ %59, %53 ], [ %65, %61 ], [ %71, %67 ]
  ret i32 %73

74:                                               ; preds = %74, %32
  %75 = phi i32 [ 0, %32 ], [ %93, %74 ]
  %76 = phi i32 [ 0, %32 ], [ %92, %74 ]
  %77 = phi i32 [ 0, %32 ], [ %94, %74 ]
  %78 = getelementptr inbounds nuw i32, ptr %2, i32 %75
  %79 = load i32, ptr %78, align 4, !tbaa !3
  %80 = add nsw i32 %79, %76
  %81 = getelementptr inbounds nuw i32, ptr %2, i32 %75
  %82 = getelementptr inbounds nuw i8, ptr %81, i32 4
  %83 = load i32, ptr %82, align 4, !tbaa !3
  %84 = add nsw i32 %83, %80
  %85 = getelementptr inbounds nuw i32, ptr %2, i32 %75
  %86 = getelementptr inbounds nuw i8, ptr %85, i32 8
  %87 = load i32, ptr %86, align 4, !tbaa !3
  %88 = add nsw i32 %87, %84
  %89 = getelementptr inbounds nuw i32, ptr %2, i32 %75
  %90 = getelementptr inbounds nuw i8, ptr %89, i32 12
  %91 = load i32, ptr %90, align 4, !tbaa !3
  %92 = add nsw i32 %91, %88
  %93 = add nuw nsw i32 %75, 4
  %94 = add i32 %77, 4
  %95 = icmp eq i32 %94, %33
  br i1 %95, label %51, label %74, !llvm.loop !9
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #1

declare dso_local void @sink(ptr noundef, i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define dso_local void @vla_matrix(i32 noundef %0, i32 noundef %1, ptr noundef writeonly captures(none) %2) local_unnamed_addr #3 {
  %4 = mul nuw i32 %1, %0
  %5 = alloca double, i32 %4, align 8
  %6 = icmp sgt i32 %0, 0
  br i1 %6, label %7, label %126

7:                                                ; preds = %3
  %8 = icmp sgt i32 %1, 0
  %9 = and i32 %1, 3
  %10 = icmp ult i32 %1, 4
  %11 = and i32 %1, 2147483644
  %12 = icmp eq i32 %9, 0
  %13 = icmp ne i32 %9, 0
  %14 = icmp eq i32 %9, 1
  %15 = icmp eq i32 %9, 2
  br label %16

16:                                               ; preds = %7, %50
  %17 = phi i32 [ 0, %7 ], [ %51, %50 ]
  br i1 %8, label %18, label %50

18:                                               ; preds = %16
  %19 = uitofp nneg i32 %17 to double
  %20 = mul nuw nsw i32 %17, %1
  %21 = getelementptr inbounds nuw double, ptr %5, i32 %20
  br i1 %10, label %35, label %53

22:                                               ; preds = %50
  %23 = icmp sgt i32 %1, 0
  %24 = shl i32 %1, 3
  %25 = add nuw i32 %0, 536870911
  %26 = mul i32 %1, %25
  %27 = shl i32 %26, 3
  %28 = mul i32 %1, -8
  %29 = getelementptr i8, ptr %5, i32 %27
  %30 = and i32 %0, 3
  %31 = icmp ult i32 %0, 4
  br i1 %31, label %99, label %32

32:                                               ; preds = %22
  %33 = and i32 %0, 2147483644
  br label %74

34:                                               ; preds = %53
  br i1 %12, label %50, label %35

35:                                               ; preds = %34, %18
  %36 = phi i32 [ 0, %18 ], [ %71, %34 ]
  tail call void @llvm.assume(i1 %13)
  %37 = uitofp nneg i32 %36 to double
  %38 = tail call double @llvm.fmuladd.f64(double %19, double 5.000000e-01, double %37)
  %39 = getelementptr inbounds nuw double, ptr %21, i32 %36
  store double %38, ptr %39, align 8, !tbaa !10
  br i1 %14, label %50, label %40

40:                                               ; preds = %35
  %41 = add nuw nsw i32 %36, 1
  %42 = uitofp nneg i32 %41 to double
  %43 = tail call double @llvm.fmuladd.f64(double %19, double 5.000000e-01, double %42)
  %44 = getelementptr inbounds nuw double, ptr %21, i32 %41
  store double %43, ptr %44, align 8, !tbaa !10
  br i1 %15, label %50, label %45

45:                                               ; preds = %40
  %46 = add nuw nsw i32 %36, 2
  %47 = uitofp nneg i32 %46 to double
  %48 = tail call double @llvm.fmuladd.f64(double %19, double 5.000000e-01, double %47)
  %49 = getelementptr inbounds nuw double, ptr %21, i32 %46
  store double %48, ptr %49, align 8, !tbaa !10
  br label %50

50:                                               ; preds = %34, %45, %40, %35, %16
  %51 = add nuw nsw i32 %17, 1
  %52 = icmp eq i32 %51, %0
  br i1 %52, label %22, label %16, !llvm.loop !12

53:                                               ; preds = %18, %53
  %54 = phi i32 [ %71, %53 ], [ 0, %18 ]
  %55 = phi i32 [ %72, %53 ], [ 0, %18 ]
  %56 = uitofp nneg i32 %54 to double
  %57 = tail call double @llvm.fmuladd.f64(double %19, double 5.000000e-01, double %56)
  %58 = getelementptr inbounds nuw double, ptr %21, i32 %54
  store double %57, ptr %58, align 8, !tbaa !10
  %59 = or disjoint i32 %54, 1
  %60 = uitofp nneg i32 %59 to double
  %61 = tail call double @llvm.fmuladd.f64(double %19, double 5.000000e-01, double %60)
  %62 = getelementptr inbounds nuw double, ptr %21, i32 %59
  store double %61, ptr %62, align 8, !tbaa !10
  %63 = or disjoint i32 %54, 2
  %64 = uitofp nneg i32 %63 to double
  %65 = tail call double @llvm.fmuladd.f64(double %19, double 5.000000e-01, double %64)
  %66 = getelementptr inbounds nuw double, ptr %21, i32 %63
  store double %65, ptr %66, align 8, !tbaa !10
  %67 = or disjoint i32 %54, 3
  %68 = uitofp nneg i32 %67 to double
  %69 = tail call double @llvm.fmuladd.f64(double %19, double 5.000000e-01, double %68)
  %70 = getelementptr inbounds nuw double, ptr %21, i32 %67
  store double %69, ptr %70, align 8, !tbaa !10
  %71 = add nuw nsw i32 %54, 4
  %72 = add i32 %55, 4
  %73 = icmp eq i32 %72, %11
  br i1 %73, label %34, label %53, !llvm.loop !13

74:                                               ; preds = %127, %32
  %75 = phi i32 [ 0, %32 ], [ %128, %127 ]
  %76 = phi i32 [ 0, %32 ], [ %129, %127 ]
  br i1 %23, label %77, label %127

77:                                               ; preds = %74
  %78 = mul i32 %28, %75
  %79 = getelementptr i8, ptr %29, i32 %78
  %80 = mul i32 %24, %75
  %81 = getelementptr i8, ptr %2, i32 %80
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %81, ptr align 8 %79, i32 %24, i1 false), !tbaa !10
  %82 = or disjoint i32 %75, 1
  %83 = mul i32 %28, %82
  %84 = getelementptr i8, ptr %29, i32 %83
  %85 = mul i32 %24, %82
  %86 = getelementptr i8, ptr %2, i32 %85
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %86, ptr align 8 %84, i32 %24, i1 false), !tbaa !10
  %87 = or disjoint i32 %75, 2
  %88 = mul i32 %28, %87
  %89 = getelementptr i8, ptr %29, i32 %88
  %90 = mul i32 %24, %87
  %91 = getelementptr i8, ptr %2, i32 %90
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %91, ptr align 8 %89, i32 %24, i1 false), !tbaa !10
  %92 = or disjoint i32 %75, 3
  %93 = mul i32 %28, %92
  %94 = getelementptr i8, ptr %29, i32 %93
  %95 = mul i32 %24, %92
  %96 = getelementptr i8, ptr %2, i32 %95
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %96, ptr align 8 %94, i32 %24, i1 false), !tbaa !10
  br label %127

97:                                               ; preds = %127
  %98 = icmp eq i32 %30, 0
  br i1 %98, label %126, label %99

99:                                               ; preds = %97, %22
  %100 = phi i32 [ 0, %22 ], [ %128, %97 ]
  %101 = icmp ne i32 %30, 0
  tail call void @llvm.assume(i1 %101)
  br i1 %23, label %102, label %107

102:                                              ; preds = %99
  %103 = mul i32 %28, %100
  %104 = getelementptr i8, ptr %29, i32 %103
  %105 = mul i32 %24, %100
  %106 = getelementptr i8, ptr %2, i32 %105
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %106, ptr align 8 %104, i32 %24, i1 false), !tbaa !10
  br label %107

107:                                              ; preds = %102, %99
  %108 = add nuw nsw i32 %100, 1
  %109 = icmp eq i32 %30, 1
  br i1 %109, label %126, label %110

110:                                              ; preds = %107
  br i1 %23, label %111, label %116

111:                                              ; preds = %110
  %112 = mul i32 %28, %108
  %113 = getelementptr i8, ptr %29, i32 %112
  %114 = mul i32 %24, %108
  %115 = getelementptr i8, ptr %2, i32 %114
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %115, ptr align 8 %113, i32 %24, i1 false), !tbaa !10
  br label %116

116:                                              ; preds = %111, %110
  %117 = add nuw nsw i32 %100, 2
  %118 = icmp eq i32 %30, 2
  %119 = xor i1 %23, true
  %120 = or i1 %118, %119
  br i1 %120, label %126, label %121

121:                                              ; preds = %116
  %122 = mul i32 %28, %117
  %123 = getelementptr i8, ptr %29, i32 %122
  %124 = mul i32 %24, %117
  %125 = getelementptr i8, ptr %2, i32 %124
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %125, ptr align 8 %123, i32 %24, i1 false), !tbaa !10
  br label %126

126:                                              ; preds = %116, %97, %121, %107, %3
  ret void

127:                                              ; preds = %74, %77
  %128 = add nuw nsw i32 %75, 4
  %129 = add i32 %76, 4
  %130 = icmp eq i32 %129, %33
  br i1 %130, label %97, label %74, !llvm.loop !14
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #4

; Function Attrs: nounwind
define dso_local i32 @alloca_loop(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %6, label %4

4:                                                ; preds = %6, %2
  %5 = phi i32 [ 0, %2 ], [ %14, %6 ]
  ret i32 %5

6:                                                ; preds = %2, %6
  %7 = phi i32 [ %14, %6 ], [ 0, %2 ]
  %8 = phi i32 [ %15, %6 ], [ 0, %2 ]
  %9 = getelementptr inbounds nuw i32, ptr %0, i32 %8
  %10 = load i32, ptr %9, align 4, !tbaa !3
  %11 = alloca i8, i32 %10, align 8
  %12 = trunc i32 %8 to i8
  call void @llvm.memset.p0.i32(ptr nonnull align 8 %11, i8 %12, i32 %10, i1 false)
  call void @sink(ptr noundef nonnull %11, i32 noundef %10) #8
  %13 = load i32, ptr %9, align 4, !tbaa !3
  %14 = add i32 %13, %7
  %15 = add nuw nsw i32 %8, 1
  %16 = icmp eq i32 %15, %1
  br i1 %16, label %4, label %6, !llvm.loop !15
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr writeonly captures(none), i8, i32, i1 immarg) #5

; Function Attrs: nounwind
define dso_local i32 @scoped_vla(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %6, label %4

4:                                                ; preds = %6, %2
  %5 = phi i32 [ 0, %2 ], [ %15, %6 ]
  ret i32 %5

6:                                                ; preds = %2, %6
  %7 = phi i32 [ %15, %6 ], [ 0, %2 ]
  %8 = phi i32 [ %16, %6 ], [ 0, %2 ]
  %9 = add nsw i32 %8, %0
  %10 = call ptr @llvm.stacksave.p0()
  %11 = alloca i8, i32 %9, align 1
  %12 = trunc i32 %8 to i8
  call void @llvm.memset.p0.i32(ptr nonnull align 1 %11, i8 %12, i32 %9, i1 false)
  call void @sink(ptr noundef nonnull %11, i32 noundef %9) #8
  %13 = load i8, ptr %11, align 1, !tbaa !16
  %14 = zext i8 %13 to i32
  %15 = add nuw nsw i32 %7, %14
  call void @llvm.stackrestore.p0(ptr %10)
  %16 = add nuw nsw i32 %8, 1
  %17 = icmp eq i32 %16, %1
  br i1 %17, label %4, label %6, !llvm.loop !17
}

; Function Attrs: nounwind
define dso_local noundef range(i32 0, 64) i32 @aligned_alloca(i32 noundef %0) local_unnamed_addr #0 {
  %2 = alloca i8, i32 %0, align 64
  call void @sink(ptr noundef nonnull %2, i32 noundef %0) #8
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #6

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #7

attributes #0 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #2 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #3 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #4 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #8 = { nounwind }

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
!10 = !{!11, !11, i64 0}
!11 = !{!"double", !5, i64 0}
!12 = distinct !{!12, !8}
!13 = distinct !{!13, !8}
!14 = distinct !{!14, !8}
!15 = distinct !{!15, !8}
!16 = !{!5, !5, i64 0}
!17 = distinct !{!17, !8}
