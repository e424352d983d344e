; ModuleID = 'structs.c'
source_filename = "structs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.big = type { i64, [120 x i8], [8 x %struct.vec3], i32 }
%struct.vec3 = type { double, double, double }
%struct.pair = type { %struct.small, %struct.small }
%struct.small = type { i32, i16, i8 }
%struct.with_array = type { [33 x i32] }

@global_big = internal global %struct.big zeroinitializer, align 8
@global_ptr = dso_local global ptr @global_big, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local %struct.vec3 @vec3_add([3 x double] alignstack(8) %0, [3 x double] alignstack(8) %1) #0 {
  %3 = alloca %struct.vec3, align 8
  %4 = alloca %struct.vec3, align 8
  %5 = alloca %struct.vec3, align 8
  store [3 x double] %0, ptr %4, align 8
  store [3 x double] %1, ptr %5, align 8
  %6 = getelementptr inbounds nuw %struct.vec3, ptr %3, i32 0, i32 0
  %7 = getelementptr inbounds nuw %struct.vec3, ptr %4, i32 0, i32 0
  %8 = load double, ptr %7, align 8
  %9 = getelementptr inbounds nuw %struct.vec3, ptr %5, i32 0, i32 0
  %10 = load double, ptr %9, align 8
  %11 = fadd double %8, %10
  store double %11, ptr %6, align 8
  %12 = getelementptr inbounds nuw %struct.vec3, ptr %3, i32 0, i32 1
  %13 = getelementptr inbounds nuw %struct.vec3, ptr %4, i32 0, i32 1
  %14 = load double, ptr %13, align 8
  %15 = getelementptr inbounds nuw %struct.vec3, ptr %5, i32 0, i32 1
  %16 = load double, ptr %15, align 8
  %17 = fadd double %14, %16
  store double %17, ptr %12, align 8
  %18 = getelementptr inbounds nuw %struct.vec3, ptr %3, i32 0, i32 2
  %19 = getelementptr inbounds nuw %struct.vec3, ptr %4, i32 0, i32 2
  %20 = load double, ptr %19, align 8
  %21 = getelementptr inbounds nuw %struct.vec3, ptr %5, i32 0, i32 2
  %22 = load double, ptr %21, align 8
  %23 = fadd double %20, %22
  store double %23, ptr %18, align 8
  %24 = load %struct.vec3, ptr %3, align 8
  ret %struct.vec3 %24
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @vec3_dot([3 x double] alignstack(8) %0, [3 x double] alignstack(8) %1) #0 {
  %3 = alloca %struct.vec3, align 8
  %4 = alloca %struct.vec3, align 8
  store [3 x double] %0, ptr %3, align 8
  store [3 x double] %1, ptr %4, align 8
  %5 = getelementptr inbounds nuw %struct.vec3, ptr %3, i32 0, i32 0
  %6 = load double, ptr %5, align 8
  %7 = getelementptr inbounds nuw %struct.vec3, ptr %4, i32 0, i32 0
  %8 = load double, ptr %7, align 8
  %9 = getelementptr inbounds nuw %struct.vec3, ptr %3, i32 0, i32 1
  %10 = load double, ptr %9, align 8
  %11 = getelementptr inbounds nuw %struct.vec3, ptr %4, i32 0, i32 1
  %12 = load double, ptr %11, align 8
  %13 = fmul double %10, %12
  %14 = call double @llvm.fmuladd.f64(double %6, double %8, double %13)
  %15 = getelementptr inbounds nuw %struct.vec3, ptr %3, i32 0, i32 2
  %16 = load double, ptr %15, align 8
  %17 = getelementptr inbounds nuw %struct.vec3, ptr %4, i32 0, i32 2
  %18 = load double, ptr %17, align 8
  %19 = call double @llvm.fmuladd.f64(double %16, double %18, double %14)
  ret double %19
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @big_update(ptr dead_on_unwind noalias writable sret(%struct.big) align 8 %0, ptr dead_on_return noundef %1, i64 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  %7 = alloca %struct.vec3, align 8
  store ptr %1, ptr %4, align 8
  store i64 %2, ptr %5, align 8
  %8 = load i64, ptr %5, align 8
  %9 = getelementptr inbounds nuw %struct.big, ptr %1, i32 0, i32 0
  store i64 %8, ptr %9, align 8
  %10 = load i64, ptr %5, align 8
  %11 = and i64 %10, 31
  %12 = trunc i64 %11 to i32
  %13 = shl i32 1, %12
  %14 = getelementptr inbounds nuw %struct.big, ptr %1, i32 0, i32 3
  %15 = load i32, ptr %14, align 8
  %16 = or i32 %15, %13
  store i32 %16, ptr %14, align 8
  store i32 0, ptr %6, align 4
  br label %17

17:                                               ; preds = %44, %3
  %18 = load i32, ptr %6, align 4
  %19 = icmp slt i32 %18, 8
  br i1 %19, label %20, label %47

20:                                               ; preds = %17
  %21 = getelementptr inbounds nuw %struct.big, ptr %1, i32 0, i32 2
  %22 = load i32, ptr %6, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [8 x %struct.vec3], ptr %21, i64 0, i64 %23
  %25 = getelementptr inbounds nuw %struct.big, ptr %1, i32 0, i32 2
  %26 = load i32, ptr %6, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [8 x %struct.vec3], ptr %25, i64 0, i64 %27
  %29 = getelementptr inbounds nuw %struct.big, ptr %1, i32 0, i32 2
  %30 = load i32, ptr %6, align 4
  %31 = add nsw i32 %30, 1
  %32 = and i32 %31, 7
  %33 = sext i32 %32 to i64
  %34 = getelementptr inbounds [8 x %struct.vec3], ptr %29, i64 0, i64 %33
  %35 = load [3 x double], ptr %28, align 8
  %36 = load [3 x double], ptr %34, align 8
  %37 = call %struct.vec3 @vec3_add([3 x double] alignstack(8) %35, [3 x double] alignstack(8) %36)
  %38 = getelementptr inbounds nuw %struct.vec3, ptr %7, i32 0, i32 0
  %39 = extractvalue %struct.vec3 %37, 0
  store double %39, ptr %38, align 8
  %40 = getelementptr inbounds nuw %struct.vec3, ptr %7, i32 0, i32 1
  %41 = extractvalue %struct.vec3 %37, 1
  store double %41, ptr %40, align 8
  %42 = getelementptr inbounds nuw %struct.vec3, ptr %7, i32 0, i32 2
  %43 = extractvalue %struct.vec3 %37, 2
  store double %43, ptr %42, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %24, ptr align 8 %7, i64 24, i1 false)
  br label %44

44:                                               ; preds = %20
  %45 = load i32, ptr %6, align 4
  %46 = add nsw i32 %45, 1
  store i32 %46, ptr %6, align 4
  br label %17, !llvm.loop !6

47:                                               ; preds = %17
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %0, ptr align 8 %1, i64 328, i1 false)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @big_store(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 @global_big, ptr align 8 %3, i64 328, i1 false)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @big_roundtrip(i64 noundef %0) #0 {
  %2 = alloca i64, align 8
  %3 = alloca %struct.big, align 8
  %4 = alloca %struct.big, align 8
  %5 = alloca %struct.big, align 8
  store i64 %0, ptr %2, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %3, ptr align 8 @global_big, i64 328, i1 false)
  %6 = load i64, ptr %2, align 8
  call void @llvm.memcpy.p0.p0.i64(ptr align 8 %5, ptr align 8 %3, i64 328, i1 false)
  call void @big_update(ptr dead_on_unwind writable sret(%struct.big) align 8 %4, ptr dead_on_return noundef %5, i64 noundef %6)
  call void @sink(ptr noundef %4, i64 noundef 328)
  ret void
}

declare void @sink(ptr noundef, i64 noundef) #3

; Function Attrs: noinline nounwind optnone uwtable
define dso_local [2 x i64] @pair_swap([2 x i64] %0) #0 {
  %2 = alloca %struct.pair, align 4
  %3 = alloca %struct.pair, align 4
  store [2 x i64] %0, ptr %3, align 4
  %4 = getelementptr inbounds nuw %struct.pair, ptr %2, i32 0, i32 0
  %5 = getelementptr inbounds nuw %struct.pair, ptr %3, i32 0, i32 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %4, ptr align 4 %5, i64 8, i1 false)
  %6 = getelementptr inbounds nuw %struct.pair, ptr %2, i32 0, i32 1
  %7 = getelementptr inbounds nuw %struct.pair, ptr %3, i32 0, i32 0
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %6, ptr align 4 %7, i64 8, i1 false)
  %8 = load [2 x i64], ptr %2, align 4
  ret [2 x i64] %8
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @small_sum(i64 %0) #0 {
  %2 = alloca %struct.small, align 4
  store i64 %0, ptr %2, align 4
  %3 = getelementptr inbounds nuw %struct.small, ptr %2, i32 0, i32 0
  %4 = load i32, ptr %3, align 4
  %5 = getelementptr inbounds nuw %struct.small, ptr %2, i32 0, i32 1
  %6 = load i16, ptr %5, align 4
  %7 = sext i16 %6 to i32
  %8 = add nsw i32 %4, %7
  %9 = getelementptr inbounds nuw %struct.small, ptr %2, i32 0, i32 2
  %10 = load i8, ptr %9, align 2
  %11 = sext i8 %10 to i32
  %12 = add nsw i32 %8, %11
  ret i32 %12
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @pair_total(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca %struct.pair, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i32 0, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %8

8:                                                ; preds = %28, %2
  %9 = load i32, ptr %6, align 4
  %10 = load i32, ptr %4, align 4
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %12, label %31

12:                                               ; preds = %8
  %13 = load ptr, ptr %3, align 8
  %14 = load i32, ptr %6, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds %struct.pair, ptr %13, i64 %15
  %17 = load [2 x i64], ptr %16, align 4
  %18 = call [2 x i64] @pair_swap([2 x i64] %17)
  store [2 x i64] %18, ptr %7, align 4
  %19 = getelementptr inbounds nuw %struct.pair, ptr %7, i32 0, i32 0
  %20 = load i64, ptr %19, align 4
  %21 = call i32 @small_sum(i64 %20)
  %22 = getelementptr inbounds nuw %struct.pair, ptr %7, i32 0, i32 1
  %23 = load i64, ptr %22, align 4
  %24 = call i32 @small_sum(i64 %23)
  %25 = sub nsw i32 %21, %24
  %26 = load i32, ptr %5, align 4
  %27 = add nsw i32 %26, %25
  store i32 %27, ptr %5, align 4
  br label %28

28:                                               ; preds = %12
  %29 = load i32, ptr %6, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %6, align 4
  br label %8, !llvm.loop !8

31:                                               ; preds = %8
  %32 = load i32, ptr %5, align 4
  ret i32 %32
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @array_by_value(ptr dead_on_unwind noalias writable sret(%struct.with_array) align 4 %0, ptr dead_on_return noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store ptr %1, ptr %4, align 8
  store i32 %2, ptr %5, align 4
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %18, %3
  %8 = load i32, ptr %6, align 4
  %9 = icmp slt i32 %8, 33
  br i1 %9, label %10, label %21

10:                                               ; preds = %7
  %11 = load i32, ptr %5, align 4
  %12 = getelementptr inbounds nuw %struct.with_array, ptr %1, i32 0, i32 0
  %13 = load i32, ptr %6, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [33 x i32], ptr %12, i64 0, i64 %14
  %16 = load i32, ptr %15, align 4
  %17 = mul nsw i32 %16, %11
  store i32 %17, ptr %15, align 4
  br label %18

18:                                               ; preds = %10
  %19 = load i32, ptr %6, align 4
  %20 = add nsw i32 %19, 1
  store i32 %20, ptr %6, align 4
  br label %7, !llvm.loop !9

21:                                               ; preds = %7
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %0, ptr align 4 %1, i64 132, i1 false)
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @array_copy_chain(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca %struct.with_array, align 4
  %8 = alloca %struct.with_array, align 4
  %9 = alloca %struct.with_array, align 4
  %10 = alloca %struct.with_array, align 4
  store ptr %0, ptr %4, align 8
  store ptr %1, ptr %5, align 8
  store i32 %2, ptr %6, align 4
  %11 = load ptr, ptr %4, align 8
  %12 = load ptr, ptr %5, align 8
  %13 = load i32, ptr %6, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %8, ptr align 4 %12, i64 132, i1 false)
  call void @array_by_value(ptr dead_on_unwind writable sret(%struct.with_array) align 4 %7, ptr dead_on_return noundef %8, i32 noundef %13)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %11, ptr align 4 %7, i64 132, i1 false)
  %14 = load ptr, ptr %4, align 8
  %15 = load ptr, ptr %4, align 8
  %16 = load i32, ptr %6, align 4
  %17 = add nsw i32 %16, 1
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %10, ptr align 4 %15, i64 132, i1 false)
  call void @array_by_value(ptr dead_on_unwind writable sret(%struct.with_array) align 4 %9, ptr dead_on_return noundef %10, i32 noundef %17)
  call void @llvm.memcpy.p0.p0.i64(ptr align 4 %14, ptr align 4 %9, i64 132, i1 false)
  ret void
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 4}
!5 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
