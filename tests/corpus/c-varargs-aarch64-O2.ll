; ModuleID = 'varargs.c'
source_filename = "varargs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.__va_list = type { ptr, ptr, ptr, i32, i32 }
%struct.tagged = type { i32, %union.anon }
%union.anon = type { i64 }

@.str = private unnamed_addr constant [4 x i8] c"ids\00", align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"x\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"%d %f %s %ld\00", align 1
@.str.3 = private unnamed_addr constant [2 x i8] c"y\00", align 1
@.str.4 = private unnamed_addr constant [34 x i8] c"%s %d %d %d %d %d %d %d %d %f %f\0A\00", align 1

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @sum_ints(i32 noundef %0, ...) local_unnamed_addr #0 {
  %2 = alloca %struct.__va_list, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #9
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %10

4:                                                ; preds = %1
  %5 = load ptr, ptr %2, align 8
  %6 = getelementptr inbounds nuw i8, ptr %2, i64 24
  %7 = getelementptr inbounds nuw i8, ptr %2, i64 8
  %8 = load ptr, ptr %7, align 8
  %9 = load i32, ptr %6, align 8
  br label %12

10:                                               ; preds = %27, %1
  %11 = phi i32 [ 0, %1 ], [ %32, %27 ]
  call void @llvm.va_end.p0(ptr nonnull %2)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #9
  ret i32 %11

12:                                               ; preds = %4, %27
  %13 = phi i32 [ %9, %4 ], [ %28, %27 ]
  %14 = phi i32 [ 0, %4 ], [ %33, %27 ]
  %15 = phi i32 [ 0, %4 ], [ %32, %27 ]
  %16 = phi ptr [ %5, %4 ], [ %29, %27 ]
  %17 = icmp sgt i32 %13, -1
  br i1 %17, label %24, label %18

18:                                               ; preds = %12
  %19 = add nsw i32 %13, 8
  store i32 %19, ptr %6, align 8
  %20 = icmp samesign ult i32 %13, -7
  br i1 %20, label %21, label %24

21:                                               ; preds = %18
  %22 = sext i32 %13 to i64
  %23 = getelementptr inbounds i8, ptr %8, i64 %22
  br label %27

24:                                               ; preds = %18, %12
  %25 = phi i32 [ %19, %18 ], [ %13, %12 ]
  %26 = getelementptr inbounds nuw i8, ptr %16, i64 8
  store ptr %26, ptr %2, align 8
  br label %27

27:                                               ; preds = %24, %21
  %28 = phi i32 [ %19, %21 ], [ %25, %24 ]
  %29 = phi ptr [ %16, %21 ], [ %26, %24 ]
  %30 = phi ptr [ %23, %21 ], [ %16, %24 ]
  %31 = load i32, ptr %30, align 8, !tbaa !6
  %32 = add nsw i32 %31, %15
  %33 = add nuw nsw i32 %14, 1
  %34 = icmp eq i32 %33, %0
  br i1 %34, label %10, label %12, !llvm.loop !10
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #2

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local double @mean_doubles(i32 noundef %0, ...) local_unnamed_addr #0 {
  %2 = alloca %struct.__va_list, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #9
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %10

4:                                                ; preds = %1
  %5 = load ptr, ptr %2, align 8
  %6 = getelementptr inbounds nuw i8, ptr %2, i64 28
  %7 = getelementptr inbounds nuw i8, ptr %2, i64 16
  %8 = load ptr, ptr %7, align 8
  %9 = load i32, ptr %6, align 4
  br label %12

10:                                               ; preds = %1
  call void @llvm.va_end.p0(ptr nonnull %2)
  %11 = icmp eq i32 %0, 0
  br i1 %11, label %40, label %36

12:                                               ; preds = %4, %27
  %13 = phi i32 [ %9, %4 ], [ %28, %27 ]
  %14 = phi i32 [ 0, %4 ], [ %33, %27 ]
  %15 = phi double [ 0.000000e+00, %4 ], [ %32, %27 ]
  %16 = phi ptr [ %5, %4 ], [ %29, %27 ]
  %17 = icmp sgt i32 %13, -1
  br i1 %17, label %24, label %18

18:                                               ; preds = %12
  %19 = add nsw i32 %13, 16
  store i32 %19, ptr %6, align 4
  %20 = icmp samesign ult i32 %13, -15
  br i1 %20, label %21, label %24

21:                                               ; preds = %18
  %22 = sext i32 %13 to i64
  %23 = getelementptr inbounds i8, ptr %8, i64 %22
  br label %27

24:                                               ; preds = %18, %12
  %25 = phi i32 [ %19, %18 ], [ %13, %12 ]
  %26 = getelementptr inbounds nuw i8, ptr %16, i64 8
  store ptr %26, ptr %2, align 8
  br label %27

27:                                               ; preds = %24, %21
  %28 = phi i32 [ %19, %21 ], [ %25, %24 ]
  %29 = phi ptr [ %16, %21 ], [ %26, %24 ]
  %30 = phi ptr [ %23, %21 ], [ %16, %24 ]
  %31 = load double, ptr %30, align 8, !tbaa !12
  %32 = fadd double %15, %31
  %33 = add nuw nsw i32 %14, 1
  %34 = icmp eq i32 %33, %0
  br i1 %34, label %35, label %12, !llvm.loop !14

35:                                               ; preds = %27
  call void @llvm.va_end.p0(ptr nonnull %2)
  br label %36

36:                                               ; preds = %35, %10
  %37 = phi double [ %32, %35 ], [ 0.000000e+00, %10 ]
  %38 = sitofp i32 %0 to double
  %39 = fdiv double %37, %38
  br label %40

40:                                               ; preds = %10, %36
  %41 = phi double [ %39, %36 ], [ 0.000000e+00, %10 ]
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #9
  ret double %41
}

; Function Attrs: nofree norecurse nounwind uwtable
define dso_local i32 @count_then_collect(ptr noundef writeonly captures(none) %0, i32 noundef %1, ptr noundef readonly captures(none) %2, ...) local_unnamed_addr #3 {
  %4 = alloca %struct.__va_list, align 8
  %5 = alloca %struct.__va_list, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #9
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #9
  call void @llvm.va_start.p0(ptr nonnull %4)
  call void @llvm.va_copy.p0(ptr nonnull %5, ptr nonnull %4)
  %6 = load i8, ptr %2, align 1, !tbaa !15
  %7 = icmp eq i8 %6, 0
  br i1 %7, label %13, label %8

8:                                                ; preds = %3
  %9 = getelementptr i8, ptr %2, i64 1
  %10 = call i64 @strlen(ptr noundef nonnull dereferenceable(1) %9)
  %11 = trunc i64 %10 to i32
  %12 = add i32 %11, 1
  br label %13

13:                                               ; preds = %8, %3
  %14 = phi i32 [ 0, %3 ], [ %12, %8 ]
  %15 = call i32 @llvm.smin.i32(i32 %14, i32 %1)
  %16 = icmp sgt i32 %15, 0
  br i1 %16, label %17, label %28

17:                                               ; preds = %13
  %18 = load ptr, ptr %5, align 8
  %19 = getelementptr inbounds nuw i8, ptr %5, i64 28
  %20 = getelementptr inbounds nuw i8, ptr %5, i64 16
  %21 = load ptr, ptr %20, align 8
  %22 = getelementptr inbounds nuw i8, ptr %5, i64 24
  %23 = getelementptr inbounds nuw i8, ptr %5, i64 8
  %24 = load ptr, ptr %23, align 8
  %25 = load i32, ptr %19, align 4
  %26 = load i32, ptr %22, align 8
  %27 = zext nneg i32 %15 to i64
  br label %29

28:                                               ; preds = %90, %13
  call void @llvm.va_end.p0(ptr nonnull %5)
  call void @llvm.va_end.p0(ptr nonnull %4)
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #9
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #9
  ret i32 %15

29:                                               ; preds = %17, %90
  %30 = phi i64 [ 0, %17 ], [ %94, %90 ]
  %31 = phi i32 [ %26, %17 ], [ %91, %90 ]
  %32 = phi i32 [ %25, %17 ], [ %92, %90 ]
  %33 = phi ptr [ %18, %17 ], [ %93, %90 ]
  %34 = getelementptr inbounds nuw i8, ptr %2, i64 %30
  %35 = load i8, ptr %34, align 1, !tbaa !15
  %36 = zext i8 %35 to i32
  %37 = getelementptr inbounds nuw %struct.tagged, ptr %0, i64 %30
  store i32 %36, ptr %37, align 8, !tbaa !16
  %38 = load i8, ptr %34, align 1, !tbaa !15
  switch i8 %38, label %73 [
    i8 105, label %39
    i8 100, label %56
  ]

39:                                               ; preds = %29
  %40 = icmp sgt i32 %31, -1
  br i1 %40, label %47, label %41

41:                                               ; preds = %39
  %42 = add nsw i32 %31, 8
  store i32 %42, ptr %22, align 8
  %43 = icmp samesign ult i32 %31, -7
  br i1 %43, label %44, label %47

44:                                               ; preds = %41
  %45 = sext i32 %31 to i64
  %46 = getelementptr inbounds i8, ptr %24, i64 %45
  br label %50

47:                                               ; preds = %41, %39
  %48 = phi i32 [ %42, %41 ], [ %31, %39 ]
  %49 = getelementptr inbounds nuw i8, ptr %33, i64 8
  store ptr %49, ptr %5, align 8
  br label %50

50:                                               ; preds = %47, %44
  %51 = phi i32 [ %42, %44 ], [ %48, %47 ]
  %52 = phi ptr [ %33, %44 ], [ %49, %47 ]
  %53 = phi ptr [ %46, %44 ], [ %33, %47 ]
  %54 = load i64, ptr %53, align 8, !tbaa !18
  %55 = getelementptr inbounds nuw i8, ptr %37, i64 8
  store i64 %54, ptr %55, align 8, !tbaa !15
  br label %90

56:                                               ; preds = %29
  %57 = icmp sgt i32 %32, -1
  br i1 %57, label %64, label %58

58:                                               ; preds = %56
  %59 = add nsw i32 %32, 16
  store i32 %59, ptr %19, align 4
  %60 = icmp samesign ult i32 %32, -15
  br i1 %60, label %61, label %64

61:                                               ; preds = %58
  %62 = sext i32 %32 to i64
  %63 = getelementptr inbounds i8, ptr %21, i64 %62
  br label %67

64:                                               ; preds = %58, %56
  %65 = phi i32 [ %59, %58 ], [ %32, %56 ]
  %66 = getelementptr inbounds nuw i8, ptr %33, i64 8
  store ptr %66, ptr %5, align 8
  br label %67

67:                                               ; preds = %64, %61
  %68 = phi i32 [ %59, %61 ], [ %65, %64 ]
  %69 = phi ptr [ %33, %61 ], [ %66, %64 ]
  %70 = phi ptr [ %63, %61 ], [ %33, %64 ]
  %71 = load double, ptr %70, align 8, !tbaa !12
  %72 = getelementptr inbounds nuw i8, ptr %37, i64 8
  store double %71, ptr %72, align 8, !tbaa !15
  br label %90

73:                                               ; preds = %29
  %74 = icmp sgt i32 %31, -1
  br i1 %74, label %81, label %75

75:                                               ; preds = %73
  %76 = add nsw i32 %31, 8
  store i32 %76, ptr %22, align 8
  %77 = icmp samesign ult i32 %31, -7
  br i1 %77, label %78, label %81

78:                                               ; preds = %75
  %79 = sext i32 %31 to i64
  %80 = getelementptr inbounds i8, ptr %24, i64 %79
  br label %84

81:                                               ; preds = %75, %73
  %82 = phi i32 [ %76, %75 ], [ %31, %73 ]
  %83 = getelementptr inbounds nuw i8, ptr %33, i64 8
  store ptr %83, ptr %5, align 8
  br label %84

84:                                               ; preds = %81, %78
  %85 = phi i32 [ %76, %78 ], [ %82, %81 ]
  %86 = phi ptr [ %33, %78 ], [ %83, %81 ]
  %87 = phi ptr [ %80, %78 ], [ %33, %81 ]
  %88 = load ptr, ptr %87, align 8, !tbaa !20
  %89 = getelementptr inbounds nuw i8, ptr %37, i64 8
  store ptr %88, ptr %89, align 8, !tbaa !15
  br label %90

90:                                               ; preds = %50, %67, %84
  %91 = phi i32 [ %51, %50 ], [ %31, %67 ], [ %85, %84 ]
  %92 = phi i32 [ %32, %50 ], [ %68, %67 ], [ %32, %84 ]
  %93 = phi ptr [ %52, %50 ], [ %69, %67 ], [ %86, %84 ]
  %94 = add nuw nsw i64 %30, 1
  %95 = icmp eq i64 %94, %27
  br i1 %95, label %28, label %29, !llvm.loop !23
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_copy.p0(ptr, ptr) #2

; Function Attrs: nofree nounwind uwtable
define dso_local noundef i32 @format_into(ptr noundef captures(none) %0, i64 noundef %1, ptr noundef readonly captures(none) %2, ...) local_unnamed_addr #4 {
  %4 = alloca %struct.__va_list, align 8
  %5 = alloca %struct.__va_list, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #9
  call void @llvm.va_start.p0(ptr nonnull %4)
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #9
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(32) %5, ptr noundef nonnull align 8 dereferenceable(32) %4, i64 32, i1 false), !tbaa.struct !24
  %6 = call i32 @vsnprintf(ptr noundef %0, i64 noundef %1, ptr noundef %2, ptr dead_on_return noundef nonnull %5) #9
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #9
  call void @llvm.va_end.p0(ptr nonnull %4)
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #9
  ret i32 %6
}

; Function Attrs: nofree nounwind
declare noundef i32 @vsnprintf(ptr noundef captures(none), i64 noundef, ptr noundef readonly captures(none), ptr dead_on_return noundef) local_unnamed_addr #5

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #6

; Function Attrs: nofree nounwind uwtable
define dso_local i32 @call_varargs() local_unnamed_addr #4 {
  %1 = alloca [64 x i8], align 1
  %2 = alloca [4 x %struct.tagged], align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #9
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #9
  %3 = tail call i32 (i32, ...) @sum_ints(i32 noundef 10, i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, i32 noundef 6, i32 noundef 7, i32 noundef 8, i32 noundef 9, i32 noundef 10)
  %4 = tail call double (i32, ...) @mean_doubles(i32 noundef 9, double noundef 1.000000e+00, double noundef 2.000000e+00, double noundef 3.000000e+00, double noundef 4.000000e+00, double noundef 5.000000e+00, double noundef 6.000000e+00, double noundef 7.000000e+00, double noundef 8.000000e+00, double noundef 9.500000e+00)
  %5 = call i32 (ptr, i32, ptr, ...) @count_then_collect(ptr noundef nonnull %2, i32 noundef 4, ptr noundef nonnull @.str, i64 noundef 42, double noundef 3.250000e+00, ptr noundef nonnull @.str.1)
  %6 = sext i32 %5 to i64
  %7 = call i32 (ptr, i64, ptr, ...) @format_into(ptr noundef nonnull %1, i64 noundef 64, ptr noundef nonnull @.str.2, i32 noundef %3, double noundef %4, ptr noundef nonnull @.str.3, i64 noundef %6)
  %8 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull %1, i32 noundef %3, i32 noundef %5, i32 noundef %7, i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, double noundef %4, double noundef 2.500000e+00)
  %9 = add nsw i32 %5, %3
  %10 = add nsw i32 %9, %7
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #9
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #9
  ret i32 %10
}

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #5

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #7

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: read)
declare i64 @strlen(ptr captures(none)) local_unnamed_addr #8

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #3 = { nofree norecurse nounwind uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #4 = { nofree nounwind uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #5 = { nofree nounwind "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nocallback nofree nounwind willreturn memory(argmem: read) }
attributes #9 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}
!llvm.errno.tbaa = !{!6}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 4}
!5 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!6 = !{!7, !7, i64 0}
!7 = !{!"int", !8, i64 0}
!8 = !{!"omnipotent char", !9, i64 0}
!9 = !{!"Simple C/C++ TBAA"}
!10 = distinct !{!10, !11}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!13, !13, i64 0}
!13 = !{!"double", !8, i64 0}
!14 = distinct !{!14, !11}
!15 = !{!8, !8, i64 0}
!16 = !{!17, !7, i64 0}
!17 = !{!"tagged", !7, i64 0, !8, i64 8}
!18 = !{!19, !19, i64 0}
!19 = !{!"long", !8, i64 0}
!20 = !{!21, !21, i64 0}
!21 = !{!"p1 omnipotent char", !22, i64 0}
!22 = !{!"any pointer", !8, i64 0}
!23 = distinct !{!23, !11}
!24 = !{i64 0, i64 8, !25, i64 8, i64 8, !25, i64 16, i64 8, !25, i64 24, i64 4, !6, i64 28, i64 4, !6}
!25 = !{!22, !22, i64 0}
