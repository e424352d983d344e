; ModuleID = 'align.c'
source_filename = "align.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.wide = type { [4 x double] }
%struct.cacheline = type { [64 x i8] }

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @aligned_local(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca [64 x i8], align 64
  store i32 %0, ptr %2, align 4
  %4 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0
  %5 = load i32, ptr %2, align 4
  %6 = trunc i32 %5 to i8
  call void @llvm.memset.p0.i64(ptr align 64 %4, i8 %6, i64 64, i1 false)
  %7 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 0
  call void @sink(ptr noundef %7, i64 noundef 64)
  %8 = getelementptr inbounds [64 x i8], ptr %3, i64 0, i64 3
  %9 = load i8, ptr %8, align 1
  %10 = sext i8 %9 to i32
  ret i32 %10
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #1

declare void @sink(ptr noundef, i64 noundef) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @very_aligned(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca [128 x i8], align 4096
  store i32 %0, ptr %2, align 4
  %4 = load i32, ptr %2, align 4
  %5 = trunc i32 %4 to i8
  %6 = getelementptr inbounds [128 x i8], ptr %3, i64 0, i64 0
  store i8 %5, ptr %6, align 4096
  %7 = getelementptr inbounds [128 x i8], ptr %3, i64 0, i64 0
  call void @sink(ptr noundef %7, i64 noundef 128)
  %8 = getelementptr inbounds [128 x i8], ptr %3, i64 0, i64 0
  %9 = load i8, ptr %8, align 4096
  %10 = sext i8 %9 to i32
  ret i32 %10
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @aligned_with_call(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  %3 = alloca %struct.wide, align 32
  %4 = alloca [3 x %struct.cacheline], align 64
  %5 = alloca i32, align 4
  store ptr %0, ptr %2, align 8
  store i32 0, ptr %5, align 4
  br label %6

6:                                                ; preds = %20, %1
  %7 = load i32, ptr %5, align 4
  %8 = icmp slt i32 %7, 4
  br i1 %8, label %9, label %23

9:                                                ; preds = %6
  %10 = load ptr, ptr %2, align 8
  %11 = load i32, ptr %5, align 4
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds double, ptr %10, i64 %12
  %14 = load double, ptr %13, align 8
  %15 = fmul double %14, 2.000000e+00
  %16 = getelementptr inbounds nuw %struct.wide, ptr %3, i32 0, i32 0
  %17 = load i32, ptr %5, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [4 x double], ptr %16, i64 0, i64 %18
  store double %15, ptr %19, align 8
  br label %20

20:                                               ; preds = %9
  %21 = load i32, ptr %5, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %5, align 4
  br label %6, !llvm.loop !6

23:                                               ; preds = %6
  call void @sink(ptr noundef %3, i64 noundef 32)
  %24 = getelementptr inbounds [3 x %struct.cacheline], ptr %4, i64 0, i64 0
  call void @sink(ptr noundef %24, i64 noundef 192)
  %25 = getelementptr inbounds nuw %struct.wide, ptr %3, i32 0, i32 0
  %26 = getelementptr inbounds [4 x double], ptr %25, i64 0, i64 0
  %27 = load double, ptr %26, align 32
  %28 = getelementptr inbounds nuw %struct.wide, ptr %3, i32 0, i32 0
  %29 = getelementptr inbounds [4 x double], ptr %28, i64 0, i64 3
  %30 = load double, ptr %29, align 8
  %31 = fadd double %27, %30
  %32 = getelementptr inbounds [3 x %struct.cacheline], ptr %4, i64 0, i64 1
  %33 = getelementptr inbounds nuw %struct.cacheline, ptr %32, i32 0, i32 0
  %34 = getelementptr inbounds [64 x i8], ptr %33, i64 0, i64 5
  %35 = load i8, ptr %34, align 1
  %36 = sext i8 %35 to i32
  %37 = sitofp i32 %36 to double
  %38 = fadd double %31, %37
  ret double %38
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @aligned_and_vla(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca [32 x i32], align 128
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 %0, ptr %2, align 4
  %8 = load i32, ptr %2, align 4
  %9 = zext i32 %8 to i64
  %10 = call ptr @llvm.stacksave.p0()
  store ptr %10, ptr %4, align 8
  %11 = alloca i32, i64 %9, align 16
  store i64 %9, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %12

12:                                               ; preds = %20, %1
  %13 = load i32, ptr %6, align 4
  %14 = icmp slt i32 %13, 32
  br i1 %14, label %15, label %23

15:                                               ; preds = %12
  %16 = load i32, ptr %6, align 4
  %17 = load i32, ptr %6, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [32 x i32], ptr %3, i64 0, i64 %18
  store i32 %16, ptr %19, align 4
  br label %20

20:                                               ; preds = %15
  %21 = load i32, ptr %6, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, ptr %6, align 4
  br label %12, !llvm.loop !8

23:                                               ; preds = %12
  store i32 0, ptr %7, align 4
  br label %24

24:                                               ; preds = %37, %23
  %25 = load i32, ptr %7, align 4
  %26 = load i32, ptr %2, align 4
  %27 = icmp slt i32 %25, %26
  br i1 %27, label %28, label %40

28:                                               ; preds = %24
  %29 = load i32, ptr %7, align 4
  %30 = and i32 %29, 31
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [32 x i32], ptr %3, i64 0, i64 %31
  %33 = load i32, ptr %32, align 4
  %34 = load i32, ptr %7, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds i32, ptr %11, i64 %35
  store i32 %33, ptr %36, align 4
  br label %37

37:                                               ; preds = %28
  %38 = load i32, ptr %7, align 4
  %39 = add nsw i32 %38, 1
  store i32 %39, ptr %7, align 4
  br label %24, !llvm.loop !9

40:                                               ; preds = %24
  %41 = mul nuw i64 4, %9
  call void @sink(ptr noundef %11, i64 noundef %41)
  %42 = getelementptr inbounds i32, ptr %11, i64 0
  %43 = load i32, ptr %42, align 16
  %44 = getelementptr inbounds [32 x i32], ptr %3, i64 0, i64 5
  %45 = load i32, ptr %44, align 4
  %46 = add nsw i32 %43, %45
  %47 = load ptr, ptr %4, align 8
  call void @llvm.stackrestore.p0(ptr %47)
  ret i32 %46
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #3

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local <8 x float> @vec_madd(ptr noundef byval(<8 x float>) align 32 %0, ptr noundef byval(<8 x float>) align 32 %1, ptr noundef byval(<8 x float>) align 32 %2) #4 {
  %4 = alloca <8 x float>, align 32
  %5 = alloca <8 x float>, align 32
  %6 = alloca <8 x float>, align 32
  %7 = alloca [4 x <8 x float>], align 32
  %8 = load <8 x float>, ptr %0, align 32
  %9 = load <8 x float>, ptr %1, align 32
  %10 = load <8 x float>, ptr %2, align 32
  store <8 x float> %8, ptr %4, align 32
  store <8 x float> %9, ptr %5, align 32
  store <8 x float> %10, ptr %6, align 32
  %11 = load <8 x float>, ptr %4, align 32
  store <8 x float> %11, ptr %7, align 32
  %12 = getelementptr inbounds <8 x float>, ptr %7, i64 1
  %13 = load <8 x float>, ptr %5, align 32
  store <8 x float> %13, ptr %12, align 32
  %14 = getelementptr inbounds <8 x float>, ptr %7, i64 2
  %15 = load <8 x float>, ptr %6, align 32
  store <8 x float> %15, ptr %14, align 32
  %16 = getelementptr inbounds <8 x float>, ptr %7, i64 3
  %17 = load <8 x float>, ptr %4, align 32
  %18 = load <8 x float>, ptr %5, align 32
  %19 = fmul <8 x float> %17, %18
  store <8 x float> %19, ptr %16, align 32
  %20 = getelementptr inbounds [4 x <8 x float>], ptr %7, i64 0, i64 0
  call void @sink(ptr noundef %20, i64 noundef 128)
  %21 = getelementptr inbounds [4 x <8 x float>], ptr %7, i64 0, i64 3
  %22 = load <8 x float>, ptr %21, align 32
  %23 = load <8 x float>, ptr %6, align 32
  %24 = fadd <8 x float> %22, %23
  ret <8 x float> %24
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nocallback nofree nosync nounwind willreturn }
attributes #4 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="256" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
