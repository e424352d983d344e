; ModuleID = 'varargs.c'
source_filename = "varargs.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "thumbv7em-unknown-none-eabi"

%struct.__va_list = type { ptr }
%struct.tagged = type { i32, %union.anon }
%union.anon = type { i64 }

@.str = private unnamed_addr constant [4 x i8] c"ids\00", align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"x\00", align 1
@.str.2 = private unnamed_addr constant [13 x i8] c"%d %f %s %ld\00", align 1
@.str.3 = private unnamed_addr constant [2 x i8] c"y\00", align 1
@.str.4 = private unnamed_addr constant [34 x i8] c"%s %d %d %d %d %d %d %d %d %f %f\0A\00", align 1

; Function Attrs: nofree norecurse nosync nounwind
define dso_local i32 @sum_ints(i32 noundef %0, ...) local_unnamed_addr #0 {
  %2 = alloca %struct.__va_list, align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #10
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %29

4:                                                ; preds = %1
  %5 = load ptr, ptr %2, align 4
  %6 = and i32 %0, 3
  %7 = icmp ult i32 %0, 4
  br i1 %7, label %12, label %8

8:                                                ; preds = %4
  %9 = and i32 %0, 2147483644
  br label %31

10:                                               ; preds = %31
  %11 = icmp eq i32 %6, 0
  br i1 %11, label %29, label %12

12:                                               ; preds = %10, %4
  %13 = phi i32 [ 0, %4 ], [ %46, %10 ]
  %14 = phi ptr [ %5, %4 ], [ %44, %10 ]
  %15 = icmp ne i32 %6, 0
  call void @llvm.assume(i1 %15)
  %16 = getelementptr inbounds nuw i8, ptr %14, i32 4
  store ptr %16, ptr %2, align 4
  %17 = load i32, ptr %14, align 4, !tbaa !3
  %18 = add nsw i32 %17, %13
  %19 = icmp eq i32 %6, 1
  br i1 %19, label %29, label %20

20:                                               ; preds = %12
  %21 = getelementptr inbounds nuw i8, ptr %14, i32 8
  store ptr %21, ptr %2, align 4
  %22 = load i32, ptr %16, align 4, !tbaa !3
  %23 = add nsw i32 %22, %18
  %24 = icmp eq i32 %6, 2
  br i1 %24, label %29, label %25

25:                                               ; preds = %20
  %26 = getelementptr inbounds nuw i8, ptr %14, i32 12
  store ptr %26, ptr %2, align 4
  %27 = load i32, ptr %21, align 4, !tbaa !3
  %28 = add nsw i32 %27, %23
  br label %29

29:                                               ; preds = %10, %25, %20, %12, %1
  %30 = phi i32 [ 0, %1 ], [ %46, %10 ], [ %18, %12 ], [ %23, %20 ], [ %28, %25 ]
  call void @llvm.va_end.p0(ptr nonnull %2)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #10
  ret i32 %30

31:                                               ; preds = %31, %8
  %32 = phi i32 [ 0, %8 ], [ %46, %31 ]
  %33 = phi ptr [ %5, %8 ], [ %44, %31 ]
  %34 = phi i32 [ 0, %8 ], [ %47, %31 ]
  %35 = getelementptr inbounds nuw i8, ptr %33, i32 4
  store ptr %35, ptr %2, align 4
  %36 = load i32, ptr %33, align 4, !tbaa !3
  %37 = add nsw i32 %36, %32
  %38 = getelementptr inbounds nuw i8, ptr %33, i32 8
  store ptr %38, ptr %2, align 4
  %39 = load i32, ptr %35, align 4, !tbaa !3
  %40 = add nsw i32 %39, %37
  %41 = getelementptr inbounds nuw i8, ptr %33, i32 12
  store ptr %41, ptr %2, align 4
  %42 = load i32, ptr %38, align 4, !tbaa !3
  %43 = add nsw i32 %42, %40
  %44 = getelementptr inbounds nuw i8, ptr %33, i32 16
  store ptr %44, ptr %2, align 4
  %45 = load i32, ptr %41, align 4, !tbaa !3
  %46 = add nsw i32 %45, %43
  %47 = add i32 %34, 4
  %48 = icmp eq i32 %47, %9
  br i1 %48, label %10, label %31, !llvm.loop !7
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_start.p0(ptr) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_end.p0(ptr) #2

; Function Attrs: nofree norecurse nosync nounwind
define dso_local double @mean_doubles(i32 noundef %0, ...) local_unnamed_addr #0 {
  %2 = alloca %struct.__va_list, align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #10
  call void @llvm.va_start.p0(ptr nonnull %2)
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %36

4:                                                ; preds = %1
  %5 = load ptr, ptr %2, align 4
  %6 = and i32 %0, 3
  %7 = icmp ult i32 %0, 4
  br i1 %7, label %12, label %8

8:                                                ; preds = %4
  %9 = and i32 %0, 2147483644
  br label %42

10:                                               ; preds = %42
  %11 = icmp eq i32 %6, 0
  br i1 %11, label %33, label %12

12:                                               ; preds = %10, %4
  %13 = phi double [ 0.000000e+00, %4 ], [ %59, %10 ]
  %14 = phi ptr [ %5, %4 ], [ %57, %10 ]
  %15 = icmp ne i32 %6, 0
  call void @llvm.assume(i1 %15)
  %16 = getelementptr inbounds nuw i8, ptr %14, i32 7
  %17 = call align 8 ptr @llvm.ptrmask.p0.i32(ptr nonnull %16, i32 -8)
  %18 = getelementptr inbounds nuw i8, ptr %17, i32 8
  %19 = load double, ptr %17, align 8, !tbaa !9
  %20 = fadd double %13, %19
  %21 = icmp eq i32 %6, 1
  br i1 %21, label %33, label %22

22:                                               ; preds = %12
  %23 = getelementptr inbounds nuw i8, ptr %17, i32 8
  %24 = getelementptr inbounds nuw i8, ptr %17, i32 16
  %25 = load double, ptr %23, align 8, !tbaa !9
  %26 = fadd double %20, %25
  %27 = icmp eq i32 %6, 2
  br i1 %27, label %33, label %28

28:                                               ; preds = %22
  %29 = getelementptr inbounds nuw i8, ptr %17, i32 16
  %30 = getelementptr inbounds nuw i8, ptr %17, i32 24
  %31 = load double, ptr %29, align 8, !tbaa !9
  %32 = fadd double %26, %31
  br label %33

33:                                               ; preds = %12, %22, %28, %10
  %34 = phi ptr [ %57, %10 ], [ %18, %12 ], [ %24, %22 ], [ %30, %28 ]
  %35 = phi double [ %59, %10 ], [ %20, %12 ], [ %26, %22 ], [ %32, %28 ]
  store ptr %34, ptr %2, align 4
  br label %36

36:                                               ; preds = %33, %1
  %37 = phi double [ %35, %33 ], [ 0.000000e+00, %1 ]
  call void @llvm.va_end.p0(ptr nonnull %2)
  %38 = icmp eq i32 %0, 0
  %39 = sitofp i32 %0 to double
  %40 = fdiv double %37, %39
  %41 = select i1 %38, double 0.000000e+00, double %40
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #10
  ret double %41

42:                                               ; preds = %42, %8
  %43 = phi double [ 0.000000e+00, %8 ], [ %59, %42 ]
  %44 = phi ptr [ %5, %8 ], [ %57, %42 ]
  %45 = phi i32 [ 0, %8 ], [ %60, %42 ]
  %46 = getelementptr inbounds nuw i8, ptr %44, i32 7
  %47 = call align 8 ptr @llvm.ptrmask.p0.i32(ptr nonnull %46, i32 -8)
  %48 = load double, ptr %47, align 8, !tbaa !9
  %49 = fadd double %43, %48
  %50 = getelementptr inbounds nuw i8, ptr %47, i32 8
  %51 = load double, ptr %50, align 8, !tbaa !9
  %52 = fadd double %49, %51
  %53 = getelementptr inbounds nuw i8, ptr %47, i32 16
  %54 = load double, ptr %53, align 8, !tbaa !9
  %55 = fadd double %52, %54
  %56 = getelementptr inbounds nuw i8, ptr %47, i32 24
  %57 = getelementptr inbounds nuw i8, ptr %47, i32 32
  %58 = load double, ptr %56, align 8, !tbaa !9
  %59 = fadd double %55, %58
  %60 = add i32 %45, 4
  %61 = icmp eq i32 %60, %9
  br i1 %61, label %10, label %42, !llvm.loop !11
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare ptr @llvm.ptrmask.p0.i32(ptr, i32) #3

; Function Attrs: nofree norecurse nounwind
define dso_local i32 @count_then_collect(ptr noundef writeonly captures(none) %0, i32 noundef %1, ptr noundef readonly captures(none) %2, ...) local_unnamed_addr #4 {
  %4 = alloca %struct.__va_list, align 4
  %5 = alloca %struct.__va_list, align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #10
  call void @llvm.lifetime.start.p0(ptr nonnull %5) #10
  call void @llvm.va_start.p0(ptr nonnull %4)
  call void @llvm.va_copy.p0(ptr nonnull %5, ptr nonnull %4)
  %6 = load i8, ptr %2, align 1, !tbaa !12
  %7 = icmp eq i8 %6, 0
  br i1 %7, label %12, label %8

8:                                                ; preds = %3
  %9 = getelementptr i8, ptr %2, i32 1
  %10 = call i32 @strlen(ptr noundef nonnull dereferenceable(1) %9)
  %11 = add i32 %10, 1
  br label %12

12:                                               ; preds = %8, %3
  %13 = phi i32 [ 0, %3 ], [ %11, %8 ]
  %14 = call i32 @llvm.smin.i32(i32 %13, i32 %1)
  %15 = icmp sgt i32 %14, 0
  br i1 %15, label %16, label %101

16:                                               ; preds = %12
  %17 = load ptr, ptr %5, align 4
  %18 = and i32 %14, 3
  %19 = icmp ult i32 %14, 4
  br i1 %19, label %24, label %20

20:                                               ; preds = %16
  %21 = and i32 %14, 2147483644
  br label %102

22:                                               ; preds = %199
  %23 = icmp eq i32 %18, 0
  br i1 %23, label %101, label %24

24:                                               ; preds = %22, %16
  %25 = phi i32 [ 0, %16 ], [ %201, %22 ]
  %26 = phi ptr [ %17, %16 ], [ %200, %22 ]
  %27 = icmp ne i32 %18, 0
  call void @llvm.assume(i1 %27)
  %28 = getelementptr inbounds nuw i8, ptr %2, i32 %25
  %29 = load i8, ptr %28, align 1, !tbaa !12
  %30 = zext i8 %29 to i32
  %31 = getelementptr inbounds nuw %struct.tagged, ptr %0, i32 %25
  store i32 %30, ptr %31, align 8, !tbaa !13
  %32 = load i8, ptr %28, align 1, !tbaa !12
  switch i8 %32, label %45 [
    i8 105, label %39
    i8 100, label %33
  ]

33:                                               ; preds = %24
  %34 = getelementptr inbounds nuw i8, ptr %26, i32 7
  %35 = call align 8 ptr @llvm.ptrmask.p0.i32(ptr nonnull %34, i32 -8)
  %36 = getelementptr inbounds nuw i8, ptr %35, i32 8
  store ptr %36, ptr %5, align 4
  %37 = load double, ptr %35, align 8, !tbaa !9
  %38 = getelementptr inbounds nuw i8, ptr %31, i32 8
  store double %37, ptr %38, align 8, !tbaa !12
  br label %49

39:                                               ; preds = %24
  %40 = getelementptr inbounds nuw i8, ptr %26, i32 7
  %41 = call align 8 ptr @llvm.ptrmask.p0.i32(ptr nonnull %40, i32 -8)
  %42 = getelementptr inbounds nuw i8, ptr %41, i32 8
  store ptr %42, ptr %5, align 4
  %43 = load i64, ptr %41, align 8, !tbaa !15
  %44 = getelementptr inbounds nuw i8, ptr %31, i32 8
  store i64 %43, ptr %44, align 8, !tbaa !12
  br label %49

45:                                               ; preds = %24
  %46 = getelementptr inbounds nuw i8, ptr %26, i32 4
  store ptr %46, ptr %5, align 4
  %47 = load ptr, ptr %26, align 4, !tbaa !17
  %48 = getelementptr inbounds nuw i8, ptr %31, i32 8
  store ptr %47, ptr %48, align 8, !tbaa !12
  br label %49

49:                                               ; preds = %45, %39, %33
  %50 = phi ptr [ %42, %39 ], [ %36, %33 ], [ %46, %45 ]
  %51 = icmp eq i32 %18, 1
  br i1 %51, label %101, label %52

52:                                               ; preds = %49
  %53 = add nuw nsw i32 %25, 1
  %54 = getelementptr inbounds nuw i8, ptr %2, i32 %53
  %55 = load i8, ptr %54, align 1, !tbaa !12
  %56 = zext i8 %55 to i32
  %57 = getelementptr inbounds nuw %struct.tagged, ptr %0, i32 %53
  store i32 %56, ptr %57, align 8, !tbaa !13
  %58 = load i8, ptr %54, align 1, !tbaa !12
  switch i8 %58, label %71 [
    i8 105, label %65
    i8 100, label %59
  ]

59:                                               ; preds = %52
  %60 = getelementptr inbounds nuw i8, ptr %50, i32 7
  %61 = call align 8 ptr @llvm.ptrmask.p0.i32(ptr nonnull %60, i32 -8)
  %62 = getelementptr inbounds nuw i8, ptr %61, i32 8
  store ptr %62, ptr %5, align 4
  %63 = load double, ptr %61, align 8, !tbaa !9
  %64 = getelementptr inbounds nuw i8, ptr %57, i32 8
  store double %63, ptr %64, align 8, !tbaa !12
  br label %75

65:                                               ; preds = %52
  %66 = getelementptr inbounds nuw i8, ptr %50, i32 7
  %67 = call align 8 ptr @llvm.ptrmask.p0.i32(ptr nonnull %66, i32 -8)
  %68 = getelementptr inbounds nuw i8, ptr %67, i32 8
  store ptr %68, ptr %5, align 4
  %69 = load i64, ptr %67, align 8, !tbaa !15
  %70 = getelementptr inbounds nuw i8, ptr %57, i32 8
  store i64 %69, ptr %70, align 8, !tbaa !12
  br label %75

71:                                               ; preds = %52
  %72 = getelementptr inbounds nuw i8, ptr %50, i32 4
  store ptr %72, ptr %5, align 4
  %73 = load ptr, ptr %50, align 4, !tbaa !17
  %74 = getelementptr inbounds nuw i8, ptr %57, i32 8
  store ptr %73, ptr %74, align 8, !tbaa !12
  br label %75

75:                                               ; preds = %71, %65, %59
  %76 = phi ptr [ %68, %65 ], [ %62, %59 ], [ %72, %71 ]
  %77 = icmp eq i32 %18, 2
  br i1 %77, label %101, label %78

78:                                               ; preds = %75
  %79 = add nuw nsw i32 %25, 2
  %80 = getelementptr inbounds nuw i8, ptr %2, i32 %79
  %81 = load i8, ptr %80, align 1, !tbaa !12
  %82 = zext i8 %81 to i32
  %83 = getelementptr inbounds nuw %struct.tagged, ptr %0, i32 %79
  store i32 %82, ptr %83, align 8, !tbaa !13
  %84 = load i8, ptr %80, align 1, !tbaa !12
  switch i8 %84, label %97 [
    i8 105, label %91
    i8 100, label %85
  ]

85:                                               ; preds = %78
  %86 = getelementptr inbounds nuw i8, ptr %76, i32 7
  %87 = call align 8 ptr @llvm.ptrmask.p0.i32(ptr nonnull %86, i32 -8)
  %88 = getelementptr inbounds nuw i8, ptr %87, i32 8
  store ptr %88, ptr %5, align 4
  %89 = load double, ptr %87, align 8, !tbaa !9
  %90 = getelementptr inbounds nuw i8, ptr %83, i32 8
  store double %89, ptr %90, align 8, !tbaa !12
  br label %101

91:                                               ; preds = %78
  %92 = getelementptr inbounds nuw i8, ptr %76, i32 7
  %93 = call align 8 ptr @llvm.ptrmask.p0.i32(ptr nonnull %92, i32 -8)
  %94 = getelementptr inbounds nuw i8, ptr %93, i32 8
  store ptr %94, ptr %5, align 4
  %95 = load i64, ptr %93, align 8, !tbaa !15
  %96 = getelementptr inbounds nuw i8, ptr %83, i32 8
  store i64 %95, ptr %96, align 8, !tbaa !12
  br label %101

97:                                               ; preds = %78
  %98 = getelementptr inbounds nuw i8, ptr %76, i32 4
  store ptr %98, ptr %5, align 4
  %99 = load ptr, ptr %76, align 4, !tbaa !17
  %100 = getelementptr inbounds nuw i8, ptr %83, i32 8
  store ptr %99, ptr %100, align 8, !tbaa !12
  br label %101

101:                                              ; preds = %22, %85, %91, %97, %75, %49, %12
  call void @llvm.va_end.p0(ptr nonnull %5)
  call void @llvm.va_end.p0(ptr nonnull %4)
  call void @llvm.lifetime.end.p0(ptr nonnull %5) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #10
  ret i32 %14

102:                                              ; preds = %199, %20
  %103 = phi i32 [ 0, %20 ], [ %201, %199 ]
  %104 = phi ptr [ %17, %20 ], [ %200, %199 ]
  %105 = phi i32 [ 0, %20 ], [ %202, %199 ]
  %106 = getelementptr inbounds nuw i8, ptr %2, i32 %103
  %107 = load i8, ptr %106, align 1, !tbaa !12
  %108 = zext i8 %107 to i32
  %109 = getelementptr inbounds nuw %struct.tagged, ptr %0, i32 %103
  store i32 %108, ptr %109, align 8, !tbaa !13
  %110 = load i8, ptr %106, align 1, !tbaa !12
  switch i8 %110, label %123 [
    i8 105, label %111
    i8 100, label %117
  ]

111:                                              ; preds = %102
  %112 = getelementptr inbounds nuw i8, ptr %104, i32 7
  %113 = call align 8 ptr @llvm.ptrmask.p0.i32(ptr nonnull %112, i32 -8)
  %114 = getelementptr inbounds nuw i8, ptr %113, i32 8
  store ptr %114, ptr %5, align 4
  %115 = load i64, ptr %113, align 8, !tbaa !15
  %116 = getelementptr inbounds nuw i8, ptr %109, i32 8
  store i64 %115, ptr %116, align 8, !tbaa !12
  br label %127

117:                                              ; preds = %102
  %118 = getelementptr inbounds nuw i8, ptr %104, i32 7
  %119 = call align 8 ptr @llvm.ptrmask.p0.i32(ptr nonnull %118, i32 -8)
  %120 = getelementptr inbounds nuw i8, ptr %119, i32 8
  store ptr %120, ptr %5, align 4
  %121 = load double, ptr %119, align 8, !tbaa !9
  %122 = getelementptr inbounds nuw i8, ptr %109, i32 8
  store double %121, ptr %122, align 8, !tbaa !12
  br label %127

123:                                              ; preds = %102
  %124 = getelementptr inbounds nuw i8, ptr %104, i32 4
  store ptr %124, ptr %5, align 4
  %125 = load ptr, ptr %104, align 4, !tbaa !17
  %126 = getelementptr inbounds nuw i8, ptr %109, i32 8
  store ptr %125, ptr %126, align 8, !tbaa !12
  br label %127

127:                                              ; preds = %111, %117, %123
  %128 = phi ptr [ %114, %111 ], [ %120, %117 ], [ %124, %123 ]
  %129 = or disjoint i32 %103, 1
  %130 = getelementptr inbounds nuw i8, ptr %2, i32 %129
  %131 = load i8, ptr %130, align 1, !tbaa !12
  %132 = zext i8 %131 to i32
  %133 = getelementptr inbounds nuw %struct.tagged, ptr %0, i32 %129
  store i32 %132, ptr %133, align 8, !tbaa !13
  %134 = load i8, ptr %130, align 1, !tbaa !12
  switch i8 %134, label %147 [
    i8 105, label %141
    i8 100, label %135
  ]

135:                                              ; preds = %127
  %136 = getelementptr inbounds nuw i8, ptr %128, i32 7
  %137 = call align 8 ptr @llvm.ptrmask.p0.i32(ptr nonnull %136, i32 -8)
  %138 = getelementptr inbounds nuw i8, ptr %137, i32 8
  store ptr %138, ptr %5, align 4
  %139 = load double, ptr %137, align 8, !tbaa !9
  %140 = getelementptr inbounds nuw i8, ptr %133, i32 8
  store double %139, ptr %140, align 8, !tbaa !12
  br label %151

141:                                              ; preds = %127
  %142 = getelementptr inbounds nuw i8, ptr %128, i32 7
  %143 = call align 8 ptr @llvm.ptrmask.p0.i32(ptr nonnull %142, i32 -8)
  %144 = getelementptr inbounds nuw i8, ptr %143, i32 8
  store ptr %144, ptr %5, align 4
  %145 = load i64, ptr %143, align 8, !tbaa !15
  %146 = getelementptr inbounds nuw i8, ptr %133, i32 8
  store i64 %145, ptr %146, align 8, !tbaa !12
  br label %151

147:                                              ; preds = %127
  %148 = getelementptr inbounds nuw i8, ptr %128, i32 4
  store ptr %148, ptr %5, align 4
  %149 = load ptr, ptr %128, align 4, !tbaa !17
  %150 = getelementptr inbounds nuw i8, ptr %133, i32 8
  store ptr %149, ptr %150, align 8, !tbaa !12
  br label %151

151:                                              ; preds = %147, %141, %135
  %152 = phi ptr [ %144, %141 ], [ %138, %135 ], [ %148, %147 ]
  %153 = or disjoint i32 %103, 2
  %154 = getelementptr inbounds nuw i8, ptr %2, i32 %153
  %155 = load i8, ptr %154, align 1, !tbaa !12
  %156 = zext i8 %155 to i32
  %157 = getelementptr inbounds nuw %struct.tagged, ptr %0, i32 %153
  store i32 %156, ptr %157, align 8, !tbaa !13
  %158 = load i8, ptr %154, align 1, !tbaa !12
  switch i8 %158, label %171 [
    i8 105, label %165
    i8 100, label %159
  ]

159:                                              ; preds = %151
  %160 = getelementptr inbounds nuw i8, ptr %152, i32 7
  %161 = call align 8 ptr @llvm.ptrmask.p0.i32(ptr nonnull %160, i32 -8)
  %162 = getelementptr inbounds nuw i8, ptr %161, i32 8
  store ptr %162, ptr %5, align 4
  %163 = load double, ptr %161, align 8, !tbaa !9
  %164 = getelementptr inbounds nuw i8, ptr %157, i32 8
  store double %163, ptr %164, align 8, !tbaa !12
  br label %175

165:                                              ; preds = %151
  %166 = getelementptr inbounds nuw i8, ptr %152, i32 7
  %167 = call align 8 ptr @llvm.ptrmask.p0.i32(ptr nonnull %166, i32 -8)
  %168 = getelementptr inbounds nuw i8, ptr %167, i32 8
  store ptr %168, ptr %5, align 4
  %169 = load i64, ptr %167, align 8, !tbaa !15
  %170 = getelementptr inbounds nuw i8, ptr %157, i32 8
  store i64 %169, ptr %170, align 8, !tbaa !12
  br label %175

171:                                              ; preds = %151
  %172 = getelementptr inbounds nuw i8, ptr %152, i32 4
  store ptr %172, ptr %5, align 4
  %173 = load ptr, ptr %152, align 4, !tbaa !17
  %174 = getelementptr inbounds nuw i8, ptr %157, i32 8
  store ptr %173, ptr %174, align 8, !tbaa !12
  br label %175

175:                                              ; preds = %171, %165, %159
  %176 = phi ptr [ %168, %165 ], [ %162, %159 ], [ %172, %171 ]
  %177 = or disjoint i32 %103, 3
  %178 = getelementptr inbounds nuw i8, ptr %2, i32 %177
  %179 = load i8, ptr %178, align 1, !tbaa !12
  %180 = zext i8 %179 to i32
  %181 = getelementptr inbounds nuw %struct.tagged, ptr %0, i32 %177
  store i32 %180, ptr %181, align 8, !tbaa !13
  %182 = load i8, ptr %178, align 1, !tbaa !12
  switch i8 %182, label %195 [
    i8 105, label %189
    i8 100, label %183
  ]

183:                                              ; preds = %175
  %184 = getelementptr inbounds nuw i8, ptr %176, i32 7
  %185 = call align 8 ptr @llvm.ptrmask.p0.i32(ptr nonnull %184, i32 -8)
  %186 = getelementptr inbounds nuw i8, ptr %185, i32 8
  store ptr %186, ptr %5, align 4
  %187 = load double, ptr %185, align 8, !tbaa !9
  %188 = getelementptr inbounds nuw i8, ptr %181, i32 8
  store double %187, ptr %188, align 8, !tbaa !12
  br label %199

189:                                              ; preds = %175
  %190 = getelementptr inbounds nuw i8, ptr %176, i32 7
  %191 = call align 8 ptr @llvm.ptrmask.p0.i32(ptr nonnull %190, i32 -8)
  %192 = getelementptr inbounds nuw i8, ptr %191, i32 8
  store ptr %192, ptr %5, align 4
  %193 = load i64, ptr %191, align 8, !tbaa !15
  %194 = getelementptr inbounds nuw i8, ptr %181, i32 8
  store i64 %193, ptr %194, align 8, !tbaa !12
  br label %199

195:                                              ; preds = %175
  %196 = getelementptr inbounds nuw i8, ptr %176, i32 4
  store ptr %196, ptr %5, align 4
  %197 = load ptr, ptr %176, align 4, !tbaa !17
  %198 = getelementptr inbounds nuw i8, ptr %181, i32 8
  store ptr %197, ptr %198, align 8, !tbaa !12
  br label %199

199:                                              ; preds = %195, %189, %183
  %200 = phi ptr [ %192, %189 ], [ %186, %183 ], [ %196, %195 ]
  %201 = add nuw nsw i32 %103, 4
  %202 = add i32 %105, 4
  %203 = icmp eq i32 %202, %21
  br i1 %203, label %22, label %102, !llvm.loop !20
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.va_copy.p0(ptr, ptr) #2

; Function Attrs: nounwind
define dso_local i32 @format_into(ptr noundef %0, i32 noundef %1, ptr noundef %2, ...) local_unnamed_addr #5 {
  %4 = alloca %struct.__va_list, align 4
  call void @llvm.lifetime.start.p0(ptr nonnull %4) #10
  call void @llvm.va_start.p0(ptr nonnull %4)
  %5 = load i32, ptr %4, align 4
  %6 = insertvalue [1 x i32] poison, i32 %5, 0
  %7 = call i32 @vsnprintf(ptr noundef %0, i32 noundef %1, ptr noundef %2, [1 x i32] %6) #10
  call void @llvm.va_end.p0(ptr nonnull %4)
  call void @llvm.lifetime.end.p0(ptr nonnull %4) #10
  ret i32 %7
}

; Function Attrs: nounwind
declare dso_local i32 @vsnprintf(ptr noundef, i32 noundef, ptr noundef, [1 x i32]) local_unnamed_addr #5

; Function Attrs: nounwind
define dso_local i32 @call_varargs() local_unnamed_addr #5 {
  %1 = alloca [64 x i8], align 1
  %2 = alloca [4 x %struct.tagged], align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #10
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #10
  %3 = tail call i32 (i32, ...) @sum_ints(i32 noundef 10, i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, i32 noundef 6, i32 noundef 7, i32 noundef 8, i32 noundef 9, i32 noundef 10)
  %4 = tail call double (i32, ...) @mean_doubles(i32 noundef 9, double noundef 1.000000e+00, double noundef 2.000000e+00, double noundef 3.000000e+00, double noundef 4.000000e+00, double noundef 5.000000e+00, double noundef 6.000000e+00, double noundef 7.000000e+00, double noundef 8.000000e+00, double noundef 9.500000e+00)
  %5 = call i32 (ptr, i32, ptr, ...) @count_then_collect(ptr noundef nonnull %2, i32 noundef 4, ptr noundef nonnull @.str, i64 noundef 42, double noundef 3.250000e+00, ptr noundef nonnull @.str.1)
  %6 = call i32 (ptr, i32, ptr, ...) @format_into(ptr noundef nonnull %1, i32 noundef 64, ptr noundef nonnull @.str.2, i32 noundef %3, double noundef %4, ptr noundef nonnull @.str.3, i32 noundef %5)
  %7 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.4, ptr noundef nonnull %1, i32 noundef %3, i32 noundef %5, i32 noundef %6, i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, double noundef %4, double noundef 2.500000e+00)
  %8 = add nsw i32 %5, %3
  %9 = add nsw i32 %8, %6
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #10
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #10
  ret i32 %9
}

; Function Attrs: nofree nounwind
declare dso_local noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #6

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #7

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: read)
declare i32 @strlen(ptr captures(none)) local_unnamed_addr #8

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #9

attributes #0 = { nofree norecurse nosync nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #3 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nofree norecurse nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #5 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #6 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m4" "target-features"="+armv7e-m,+dsp,+hwdiv,+soft-float,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #7 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nocallback nofree nounwind willreturn memory(argmem: read) }
attributes #9 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #10 = { nounwind }

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
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !5, i64 0}
!11 = distinct !{!11, !8}
!12 = !{!5, !5, i64 0}
!13 = !{!14, !4, i64 0}
!14 = !{!"tagged", !4, i64 0, !5, i64 8}
!15 = !{!16, !16, i64 0}
!16 = !{!"long long", !5, i64 0}
!17 = !{!18, !18, i64 0}
!18 = !{!"p1 omnipotent char", !19, i64 0}
!19 = !{!"any pointer", !5, i64 0}
!20 = distinct !{!20, !8}
