; ModuleID = 'structs.c'
source_filename = "structs.c"
target datalayout = "e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64"
target triple = "thumbv6m-unknown-none-eabi"

%struct.big = type { i64, [120 x i8], [8 x %struct.vec3], i32 }
%struct.vec3 = type { double, double, double }
%struct.pair = type { %struct.small, %struct.small }
%struct.small = type { i32, i16, i8 }
%struct.with_array = type { [33 x i32] }

@global_big = internal global %struct.big zeroinitializer, align 8
@global_ptr = dso_local local_unnamed_addr global ptr @global_big, align 4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write)
define dso_local void @vec3_add(ptr dead_on_unwind noalias writable writeonly sret(%struct.vec3) align 8 captures(none) initializes((0, 24)) %0, [3 x i64] %1, [3 x i64] %2) local_unnamed_addr #0 {
  %4 = extractvalue [3 x i64] %1, 0
  %5 = bitcast i64 %4 to double
  %6 = extractvalue [3 x i64] %1, 1
  %7 = bitcast i64 %6 to double
  %8 = extractvalue [3 x i64] %1, 2
  %9 = bitcast i64 %8 to double
  %10 = extractvalue [3 x i64] %2, 0
  %11 = bitcast i64 %10 to double
  %12 = extractvalue [3 x i64] %2, 1
  %13 = bitcast i64 %12 to double
  %14 = extractvalue [3 x i64] %2, 2
  %15 = bitcast i64 %14 to double
  %16 = fadd double %5, %11
  store double %16, ptr %0, align 8, !tbaa !7
  %17 = getelementptr inbounds nuw i8, ptr %0, i32 8
  %18 = fadd double %7, %13
  store double %18, ptr %17, align 8, !tbaa !10
  %19 = getelementptr inbounds nuw i8, ptr %0, i32 16
  %20 = fadd double %9, %15
  store double %20, ptr %19, align 8, !tbaa !11
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define dso_local double @vec3_dot([3 x i64] %0, [3 x i64] %1) local_unnamed_addr #1 {
  %3 = extractvalue [3 x i64] %0, 0
  %4 = bitcast i64 %3 to double
  %5 = extractvalue [3 x i64] %0, 1
  %6 = bitcast i64 %5 to double
  %7 = extractvalue [3 x i64] %0, 2
  %8 = bitcast i64 %7 to double
  %9 = extractvalue [3 x i64] %1, 0
  %10 = bitcast i64 %9 to double
  %11 = extractvalue [3 x i64] %1, 1
  %12 = bitcast i64 %11 to double
  %13 = extractvalue [3 x i64] %1, 2
  %14 = bitcast i64 %13 to double
  %15 = fmul double %6, %12
  %16 = tail call double @llvm.fmuladd.f64(double %4, double %10, double %15)
  %17 = tail call double @llvm.fmuladd.f64(double %8, double %14, double %16)
  ret double %17
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite)
define dso_local void @big_update(ptr dead_on_unwind noalias writable writeonly sret(%struct.big) align 8 captures(none) initializes((0, 328)) %0, ptr noundef byval(%struct.big) align 8 captures(none) initializes((0, 8)) %1, i64 noundef %2) local_unnamed_addr #3 {
  store i64 %2, ptr %1, align 8, !tbaa !12
  %4 = trunc i64 %2 to i32
  %5 = and i32 %4, 31
  %6 = shl nuw i32 1, %5
  %7 = getelementptr inbounds nuw i8, ptr %1, i32 320
  %8 = load i32, ptr %7, align 8, !tbaa !15
  %9 = or i32 %8, %6
  store i32 %9, ptr %7, align 8, !tbaa !15
  %10 = getelementptr inbounds nuw i8, ptr %1, i32 128
  %11 = getelementptr inbounds nuw i8, ptr %1, i32 152
  %12 = load double, ptr %10, align 8
  %13 = getelementptr inbounds nuw i8, ptr %1, i32 136
  %14 = load double, ptr %13, align 8
  %15 = getelementptr inbounds nuw i8, ptr %1, i32 144
  %16 = load double, ptr %15, align 8
  %17 = load double, ptr %11, align 8
  %18 = getelementptr inbounds nuw i8, ptr %1, i32 160
  %19 = load double, ptr %18, align 8
  %20 = getelementptr inbounds nuw i8, ptr %1, i32 168
  %21 = load double, ptr %20, align 8
  %22 = fadd double %12, %17
  %23 = fadd double %14, %19
  %24 = fadd double %16, %21
  store double %22, ptr %10, align 8, !tbaa !16
  store double %23, ptr %13, align 8, !tbaa !16
  store double %24, ptr %15, align 8, !tbaa !16
  %25 = getelementptr inbounds nuw i8, ptr %1, i32 176
  %26 = load double, ptr %25, align 8
  %27 = getelementptr inbounds nuw i8, ptr %1, i32 184
  %28 = load double, ptr %27, align 8
  %29 = getelementptr inbounds nuw i8, ptr %1, i32 192
  %30 = load double, ptr %29, align 8
  %31 = fadd double %17, %26
  %32 = fadd double %19, %28
  %33 = fadd double %21, %30
  store double %31, ptr %11, align 8, !tbaa !16
  store double %32, ptr %18, align 8, !tbaa !16
  store double %33, ptr %20, align 8, !tbaa !16
  %34 = getelementptr inbounds nuw i8, ptr %1, i32 200
  %35 = load double, ptr %34, align 8
  %36 = getelementptr inbounds nuw i8, ptr %1, i32 208
  %37 = load double, ptr %36, align 8
  %38 = getelementptr inbounds nuw i8, ptr %1, i32 216
  %39 = load double, ptr %38, align 8
  %40 = fadd double %26, %35
  %41 = fadd double %28, %37
  %42 = fadd double %30, %39
  store double %40, ptr %25, align 8, !tbaa !16
  store double %41, ptr %27, align 8, !tbaa !16
  store double %42, ptr %29, align 8, !tbaa !16
  %43 = getelementptr inbounds nuw i8, ptr %1, i32 224
  %44 = load double, ptr %43, align 8
  %45 = getelementptr inbounds nuw i8, ptr %1, i32 232
  %46 = load double, ptr %45, align 8
  %47 = getelementptr inbounds nuw i8, ptr %1, i32 240
  %48 = load double, ptr %47, align 8
  %49 = fadd double %35, %44
  %50 = fadd double %37, %46
  %51 = fadd double %39, %48
  store double %49, ptr %34, align 8, !tbaa !16
  store double %50, ptr %36, align 8, !tbaa !16
  store double %51, ptr %38, align 8, !tbaa !16
  %52 = getelementptr inbounds nuw i8, ptr %1, i32 248
  %53 = load double, ptr %52, align 8
  %54 = getelementptr inbounds nuw i8, ptr %1, i32 256
  %55 = load double, ptr %54, align 8
  %56 = getelementptr inbounds nuw i8, ptr %1, i32 264
  %57 = load double, ptr %56, align 8
  %58 = fadd double %44, %53
  %59 = fadd double %46, %55
  %60 = fadd double %48, %57
  store double %58, ptr %43, align 8, !tbaa !16
  store double %59, ptr %45, align 8, !tbaa !16
  store double %60, ptr %47, align 8, !tbaa !16
  %61 = getelementptr inbounds nuw i8, ptr %1, i32 272
  %62 = load double, ptr %61, align 8
  %63 = getelementptr inbounds nuw i8, ptr %1, i32 280
  %64 = load double, ptr %63, align 8
  %65 = getelementptr inbounds nuw i8, ptr %1, i32 288
  %66 = load double, ptr %65, align 8
  %67 = fadd double %53, %62
  %68 = fadd double %55, %64
  %69 = fadd double %57, %66
  store double %67, ptr %52, align 8, !tbaa !16
  store double %68, ptr %54, align 8, !tbaa !16
  store double %69, ptr %56, align 8, !tbaa !16
  %70 = getelementptr inbounds nuw i8, ptr %1, i32 296
  %71 = load double, ptr %70, align 8
  %72 = getelementptr inbounds nuw i8, ptr %1, i32 304
  %73 = load double, ptr %72, align 8
  %74 = getelementptr inbounds nuw i8, ptr %1, i32 312
  %75 = load double, ptr %74, align 8
  %76 = fadd double %62, %71
  %77 = fadd double %64, %73
  %78 = fadd double %66, %75
  store double %76, ptr %61, align 8, !tbaa !16
  store double %77, ptr %63, align 8, !tbaa !16
  store double %78, ptr %65, align 8, !tbaa !16
  %79 = fadd double %71, %22
  %80 = fadd double %73, %23
  %81 = fadd double %75, %24
  store double %79, ptr %70, align 8, !tbaa !16
  store double %80, ptr %72, align 8, !tbaa !16
  store double %81, ptr %74, align 8, !tbaa !16
  call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 8 dereferenceable(328) %0, ptr noundef nonnull align 8 dereferenceable(328) %1, i32 328, i1 false), !tbaa.struct !17
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i32, i1 immarg) #5

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none)
define dso_local void @big_store(ptr noundef readonly captures(none) %0) local_unnamed_addr #6 {
  tail call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 8 dereferenceable(328) @global_big, ptr noundef nonnull align 8 dereferenceable(328) %0, i32 328, i1 false), !tbaa.struct !17
  ret void
}

; Function Attrs: nounwind
define dso_local void @big_roundtrip(i64 noundef %0) local_unnamed_addr #7 {
  %2 = alloca %struct.big, align 8
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #13
  call void @big_update(ptr dead_on_unwind nonnull writable sret(%struct.big) align 8 %2, ptr noundef nonnull byval(%struct.big) align 8 @global_big, i64 noundef %0)
  call void @sink(ptr noundef nonnull %2, i32 noundef 328) #13
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #13
  ret void
}

declare dso_local void @sink(ptr noundef, i32 noundef) local_unnamed_addr #8

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write)
define dso_local void @pair_swap(ptr dead_on_unwind noalias writable writeonly sret(%struct.pair) align 4 captures(none) initializes((0, 16)) %0, [4 x i32] %1) local_unnamed_addr #0 {
  %3 = extractvalue [4 x i32] %1, 0
  %4 = extractvalue [4 x i32] %1, 1
  %5 = extractvalue [4 x i32] %1, 2
  %6 = extractvalue [4 x i32] %1, 3
  store i32 %5, ptr %0, align 4, !tbaa !3
  %7 = getelementptr inbounds nuw i8, ptr %0, i32 4
  store i32 %6, ptr %7, align 4
  %8 = getelementptr inbounds nuw i8, ptr %0, i32 8
  store i32 %3, ptr %8, align 4, !tbaa !3
  %9 = getelementptr inbounds nuw i8, ptr %0, i32 12
  store i32 %4, ptr %9, align 4
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define dso_local i32 @small_sum([2 x i32] %0) local_unnamed_addr #1 {
  %2 = extractvalue [2 x i32] %0, 0
  %3 = extractvalue [2 x i32] %0, 1
  %4 = shl i32 %3, 16
  %5 = ashr exact i32 %4, 16
  %6 = add nsw i32 %5, %2
  %7 = shl i32 %3, 8
  %8 = ashr i32 %7, 24
  %9 = add nsw i32 %6, %8
  ret i32 %9
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read)
define dso_local i32 @pair_total(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #9 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %87

4:                                                ; preds = %2
  %5 = and i32 %1, 3
  %6 = icmp ult i32 %1, 4
  br i1 %6, label %11, label %7

7:                                                ; preds = %4
  %8 = and i32 %1, 2147483644
  br label %89

9:                                                ; preds = %89
  %10 = icmp eq i32 %5, 0
  br i1 %10, label %87, label %11

11:                                               ; preds = %9, %4
  %12 = phi i32 [ 0, %4 ], [ %184, %9 ]
  %13 = phi i32 [ 0, %4 ], [ %183, %9 ]
  %14 = icmp ne i32 %5, 0
  tail call void @llvm.assume(i1 %14)
  %15 = getelementptr inbounds nuw %struct.pair, ptr %0, i32 %12
  %16 = load i32, ptr %15, align 4
  %17 = getelementptr inbounds nuw i8, ptr %15, i32 4
  %18 = load i32, ptr %17, align 4
  %19 = getelementptr inbounds nuw i8, ptr %15, i32 8
  %20 = load i32, ptr %19, align 4
  %21 = getelementptr inbounds nuw i8, ptr %15, i32 12
  %22 = load i32, ptr %21, align 4
  %23 = shl i32 %22, 16
  %24 = ashr exact i32 %23, 16
  %25 = shl i32 %22, 8
  %26 = ashr i32 %25, 24
  %27 = shl i32 %18, 16
  %28 = ashr exact i32 %27, 16
  %29 = shl i32 %18, 8
  %30 = ashr i32 %29, 24
  %31 = add i32 %13, %20
  %32 = add i32 %16, %28
  %33 = add i32 %32, %30
  %34 = sub i32 %31, %33
  %35 = add i32 %34, %24
  %36 = add i32 %35, %26
  %37 = icmp eq i32 %5, 1
  br i1 %37, label %87, label %38

38:                                               ; preds = %11
  %39 = getelementptr inbounds nuw %struct.pair, ptr %0, i32 %12
  %40 = getelementptr inbounds nuw i8, ptr %39, i32 16
  %41 = load i32, ptr %40, align 4
  %42 = getelementptr inbounds nuw i8, ptr %39, i32 20
  %43 = load i32, ptr %42, align 4
  %44 = getelementptr inbounds nuw i8, ptr %39, i32 24
  %45 = load i32, ptr %44, align 4
  %46 = getelementptr inbounds nuw i8, ptr %39, i32 28
  %47 = load i32, ptr %46, align 4
  %48 = shl i32 %47, 16
  %49 = ashr exact i32 %48, 16
  %50 = shl i32 %47, 8
  %51 = ashr i32 %50, 24
  %52 = shl i32 %43, 16
  %53 = ashr exact i32 %52, 16
  %54 = shl i32 %43, 8
  %55 = ashr i32 %54, 24
  %56 = add i32 %36, %45
  %57 = add i32 %41, %53
  %58 = add i32 %57, %55
  %59 = sub i32 %56, %58
  %60 = add i32 %59, %49
  %61 = add i32 %60, %51
  %62 = icmp eq i32 %5, 2
  br i1 %62, label %87, label %63

63:                                               ; preds = %38
  %64 = getelementptr inbounds nuw %struct.pair, ptr %0, i32 %12
  %65 = getelementptr inbounds nuw i8, ptr %64, i32 32
  %66 = load i32, ptr %65, align 4
  %67 = getelementptr inbounds nuw i8, ptr %64, i32 36
  %68 = load i32, ptr %67, align 4
  %69 = getelementptr inbounds nuw i8, ptr %64, i32 40
  %70 = load i32, ptr %69, align 4
  %71 = getelementptr inbounds nuw i8, ptr %64, i32 44
  %72 = load i32, ptr %71, align 4
  %73 = shl i32 %72, 16
  %74 = ashr exact i32 %73, 16
  %75 = shl i32 %72, 8
  %76 = ashr i32 %75, 24
  %77 = shl i32 %68, 16
  %78 = ashr exact i32 %77, 16
  %79 = shl i32 %68, 8
  %80 = ashr i32 %79, 24
  %81 = add i32 %61, %70
  %82 = add i32 %66, %78
  %83 = add i32 %82, %80
  %84 = sub i32 %81, %83
  %85 = add i32 %84, %74
  %86 = add i32 %85, %76
  br label %87

87:                                               ; preds = %9, %63, %38, %11, %2
  %88 = phi i32 [ 0, %2 ], [ %183, %9 ], [ %36, %11 ], [ %61, %38 ], [ %86, %63 ]
  ret i32 %88

89:                                               ; preds = %89, %7
  %90 = phi i32 [ 0, %7 ], [ %184, %89 ]
  %91 = phi i32 [ 0, %7 ], [ %183, %89 ]
  %92 = phi i32 [ 0, %7 ], [ %185, %89 ]
  %93 = getelementptr inbounds nuw %struct.pair, ptr %0, i32 %90
  %94 = load i32, ptr %93, align 4
  %95 = getelementptr inbounds nuw i8, ptr %93, i32 4
  %96 = load i32, ptr %95, align 4
  %97 = getelementptr inbounds nuw i8, ptr %93, i32 8
  %98 = load i32, ptr %97, align 4
  %99 = getelementptr inbounds nuw i8, ptr %93, i32 12
  %100 = load i32, ptr %99, align 4
  %101 = shl i32 %100, 16
  %102 = ashr exact i32 %101, 16
  %103 = shl i32 %100, 8
  %104 = ashr i32 %103, 24
  %105 = shl i32 %96, 16
  %106 = ashr exact i32 %105, 16
  %107 = shl i32 %96, 8
  %108 = ashr i32 %107, 24
  %109 = add i32 %91, %98
  %110 = add i32 %94, %106
  %111 = add i32 %110, %108
  %112 = sub i32 %109, %111
  %113 = add i32 %112, %102
  %114 = add i32 %113, %104
  %115 = getelementptr inbounds nuw %struct.pair, ptr %0, i32 %90
  %116 = getelementptr inbounds nuw i8, ptr %115, i32 16
  %117 = load i32, ptr %116, align 4
  %118 = getelementptr inbounds nuw i8, ptr %115, i32 20
  %119 = load i32, ptr %118, align 4
  %120 = getelementptr inbounds nuw i8, ptr %115, i32 24
  %121 = load i32, ptr %120, align 4
  %122 = getelementptr inbounds nuw i8, ptr %115, i32 28
  %123 = load i32, ptr %122, align 4
  %124 = shl i32 %123, 16
  %125 = ashr exact i32 %124, 16
  %126 = shl i32 %123, 8
  %127 = ashr i32 %126, 24
  %128 = shl i32 %119, 16
  %129 = ashr exact i32 %128, 16
  %130 = shl i32 %119, 8
  %131 = ashr i32 %130, 24
  %132 = add i32 %114, %121
  %133 = add i32 %117, %129
  %134 = add i32 %133, %131
  %135 = sub i32 %132, %134
  %136 = add i32 %135, %125
  %137 = add i32 %136, %127
  %138 = getelementptr inbounds nuw %struct.pair, ptr %0, i32 %90
  %139 = getelementptr inbounds nuw i8, ptr %138, i32 32
  %140 = load i32, ptr %139, align 4
  %141 = getelementptr inbounds nuw i8, ptr %138, i32 36
  %142 = load i32, ptr %141, align 4
  %143 = getelementptr inbounds nuw i8, ptr %138, i32 40
  %144 = load i32, ptr %143, align 4
  %145 = getelementptr inbounds nuw i8, ptr %138, i32 44
  %146 = load i32, ptr %145, align 4
  %147 = shl i32 %146, 16
  %148 = ashr exact i32 %147, 16
  %149 = shl i32 %146, 8
  %150 = ashr i32 %149, 24
  %151 = shl i32 %142, 16
  %152 = ashr exact i32 %151, 16
  %153 = shl i32 %142, 8
  %154 = ashr i32 %153, 24
  %155 = add i32 %137, %144
  %156 = add i32 %140, %152
  %157 = add i32 %156, %154
  %158 = sub i32 %155, %157
  %159 = add i32 %158, %148
  %160 = add i32 %159, %150
  %161 = getelementptr inbounds nuw %struct.pair, ptr %0, i32 %90
  %162 = getelementptr inbounds nuw i8, ptr %161, i32 48
  %163 = load i32, ptr %162, align 4
  %164 = getelementptr inbounds nuw i8, ptr %161, i32 52
  %165 = load i32, ptr %164, align 4
  %166 = getelementptr inbounds nuw i8, ptr %161, i32 56
  %167 = load i32, ptr %166, align 4
  %168 = getelementptr inbounds nuw i8, ptr %161, i32 60
  %169 = load i32, ptr %168, align 4
  %170 = shl i32 %169, 16
  %171 = ashr exact i32 %170, 16
  %172 = shl i32 %169, 8
  %173 = ashr i32 %172, 24
  %174 = shl i32 %165, 16
  %175 = ashr exact i32 %174, 16
  %176 = shl i32 %165, 8
  %177 = ashr i32 %176, 24
  %178 = add i32 %160, %167
  %179 = add i32 %163, %175
  %180 = add i32 %179, %177
  %181 = sub i32 %178, %180
  %182 = add i32 %181, %171
  %183 = add i32 %182, %173
  %184 = add nuw nsw i32 %90, 4
  %185 = add i32 %92, 4
  %186 = icmp eq i32 %185, %8
  br i1 %186, label %9, label %89, !llvm.loop !20
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define dso_local void @array_by_value(ptr dead_on_unwind noalias writable writeonly sret(%struct.with_array) align 4 captures(none) %0, ptr noundef byval(%struct.with_array) align 4 captures(none) %1, i32 noundef %2) local_unnamed_addr #10 {
  br label %5

4:                                                ; preds = %5
  call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 4 dereferenceable(132) %0, ptr noundef nonnull align 4 dereferenceable(132) %1, i32 132, i1 false), !tbaa.struct !22
  ret void

5:                                                ; preds = %5, %3
  %6 = phi i32 [ 0, %3 ], [ %50, %5 ]
  %7 = getelementptr inbounds nuw i32, ptr %1, i32 %6
  %8 = load i32, ptr %7, align 4, !tbaa !3
  %9 = mul nsw i32 %8, %2
  store i32 %9, ptr %7, align 4, !tbaa !3
  %10 = getelementptr inbounds nuw i32, ptr %1, i32 %6
  %11 = getelementptr inbounds nuw i8, ptr %10, i32 4
  %12 = load i32, ptr %11, align 4, !tbaa !3
  %13 = mul nsw i32 %12, %2
  store i32 %13, ptr %11, align 4, !tbaa !3
  %14 = getelementptr inbounds nuw i32, ptr %1, i32 %6
  %15 = getelementptr inbounds nuw i8, ptr %14, i32 8
  %16 = load i32, ptr %15, align 4, !tbaa !3
  %17 = mul nsw i32 %16, %2
  store i32 %17, ptr %15, align 4, !tbaa !3
  %18 = getelementptr inbounds nuw i32, ptr %1, i32 %6
  %19 = getelementptr inbounds nuw i8, ptr %18, i32 12
  %20 = load i32, ptr %19, align 4, !tbaa !3
  %21 = mul nsw i32 %20, %2
  store i32 %21, ptr %19, align 4, !tbaa !3
  %22 = getelementptr inbounds nuw i32, ptr %1, i32 %6
  %23 = getelementptr inbounds nuw i8, ptr %22, i32 16
  %24 = load i32, ptr %23, align 4, !tbaa !3
  %25 = mul nsw i32 %24, %2
  store i32 %25, ptr %23, align 4, !tbaa !3
  %26 = getelementptr inbounds nuw i32, ptr %1, i32 %6
  %27 = getelementptr inbounds nuw i8, ptr %26, i32 20
  %28 = load i32, ptr %27, align 4, !tbaa !3
  %29 = mul nsw i32 %28, %2
  store i32 %29, ptr %27, align 4, !tbaa !3
  %30 = getelementptr inbounds nuw i32, ptr %1, i32 %6
  %31 = getelementptr inbounds nuw i8, ptr %30, i32 24
  %32 = load i32, ptr %31, align 4, !tbaa !3
  %33 = mul nsw i32 %32, %2
  store i32 %33, ptr %31, align 4, !tbaa !3
  %34 = getelementptr inbounds nuw i32, ptr %1, i32 %6
  %35 = getelementptr inbounds nuw i8, ptr %34, i32 28
  %36 = load i32, ptr %35, align 4, !tbaa !3
  %37 = mul nsw i32 %36, %2
  store i32 %37, ptr %35, align 4, !tbaa !3
  %38 = getelementptr inbounds nuw i32, ptr %1, i32 %6
  %39 = getelementptr inbounds nuw i8, ptr %38, i32 32
  %40 = load i32, ptr %39, align 4, !tbaa !3
  %41 = mul nsw i32 %40, %2
  store i32 %41, ptr %39, align 4, !tbaa !3
  %42 = getelementptr inbounds nuw i32, ptr %1, i32 %6
  %43 = getelementptr inbounds nuw i8, ptr %42, i32 36
  %44 = load i32, ptr %43, align 4, !tbaa !3
  %45 = mul nsw i32 %44, %2
  store i32 %45, ptr %43, align 4, !tbaa !3
  %46 = getelementptr inbounds nuw i32, ptr %1, i32 %6
  %47 = getelementptr inbounds nuw i8, ptr %46, i32 40
  %48 = load i32, ptr %47, align 4, !tbaa !3
  %49 = mul nsw i32 %48, %2
  store i32 %49, ptr %47, align 4, !tbaa !3
  %50 = add nuw nsw i32 %6, 11
  %51 = icmp eq i32 %50, 33
  br i1 %51, label %4, label %5, !llvm.loop !23
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define dso_local void @array_copy_chain(ptr noundef writeonly captures(none) %0, ptr noundef readonly captures(none) %1, i32 noundef %2) local_unnamed_addr #10 {
  %4 = alloca %struct.with_array, align 4
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(132) %4, ptr noundef nonnull align 4 dereferenceable(132) %1, i64 132, i1 false)
  br label %5

5:                                                ; preds = %5, %3
  %6 = phi i32 [ 0, %3 ], [ %50, %5 ]
  %7 = getelementptr inbounds nuw i32, ptr %4, i32 %6
  %8 = load i32, ptr %7, align 4
  %9 = mul nsw i32 %8, %2
  store i32 %9, ptr %7, align 4
  %10 = getelementptr inbounds nuw i32, ptr %4, i32 %6
  %11 = getelementptr inbounds nuw i8, ptr %10, i32 4
  %12 = load i32, ptr %11, align 4
  %13 = mul nsw i32 %12, %2
  store i32 %13, ptr %11, align 4
  %14 = getelementptr inbounds nuw i32, ptr %4, i32 %6
  %15 = getelementptr inbounds nuw i8, ptr %14, i32 8
  %16 = load i32, ptr %15, align 4
  %17 = mul nsw i32 %16, %2
  store i32 %17, ptr %15, align 4
  %18 = getelementptr inbounds nuw i32, ptr %4, i32 %6
  %19 = getelementptr inbounds nuw i8, ptr %18, i32 12
  %20 = load i32, ptr %19, align 4
  %21 = mul nsw i32 %20, %2
  store i32 %21, ptr %19, align 4
  %22 = getelementptr inbounds nuw i32, ptr %4, i32 %6
  %23 = getelementptr inbounds nuw i8, ptr %22, i32 16
  %24 = load i32, ptr %23, align 4
  %25 = mul nsw i32 %24, %2
  store i32 %25, ptr %23, align 4
  %26 = getelementptr inbounds nuw i32, ptr %4, i32 %6
  %27 = getelementptr inbounds nuw i8, ptr %26, i32 20
  %28 = load i32, ptr %27, align 4
  %29 = mul nsw i32 %28, %2
  store i32 %29, ptr %27, align 4
  %30 = getelementptr inbounds nuw i32, ptr %4, i32 %6
  %31 = getelementptr inbounds nuw i8, ptr %30, i32 24
  %32 = load i32, ptr %31, align 4
  %33 = mul nsw i32 %32, %2
  store i32 %33, ptr %31, align 4
  %34 = getelementptr inbounds nuw i32, ptr %4, i32 %6
  %35 = getelementptr inbounds nuw i8, ptr %34, i32 28
  %36 = load i32, ptr %35, align 4
  %37 = mul nsw i32 %36, %2
  store i32 %37, ptr %35, align 4
  %38 = getelementptr inbounds nuw i32, ptr %4, i32 %6
  %39 = getelementptr inbounds nuw i8, ptr %38, i32 32
  %40 = load i32, ptr %39, align 4
  %41 = mul nsw i32 %40, %2
  store i32 %41, ptr %39, align 4
  %42 = getelementptr inbounds nuw i32, ptr %4, i32 %6
  %43 = getelementptr inbounds nuw i8, ptr %42, i32 36
  %44 = load i32, ptr %43, align 4
  %45 = mul nsw i32 %44, %2
  store i32 %45, ptr %43, align 4
  %46 = getelementptr inbounds nuw i32, ptr %4, i32 %6
  %47 = getelementptr inbounds nuw i8, ptr %46, i32 40
  %48 = load i32, ptr %47, align 4
  %49 = mul nsw i32 %48, %2
  store i32 %49, ptr %47, align 4
  %50 = add nuw nsw i32 %6, 11
  %51 = icmp eq i32 %50, 33
  br i1 %51, label %52, label %5, !llvm.loop !23

52:                                               ; preds = %5
  %53 = add nsw i32 %2, 1
  br label %54

54:                                               ; preds = %54, %52
  %55 = phi i32 [ 0, %52 ], [ %99, %54 ]
  %56 = getelementptr inbounds nuw i32, ptr %4, i32 %55
  %57 = load i32, ptr %56, align 4
  %58 = mul nsw i32 %57, %53
  store i32 %58, ptr %56, align 4
  %59 = getelementptr inbounds nuw i32, ptr %4, i32 %55
  %60 = getelementptr inbounds nuw i8, ptr %59, i32 4
  %61 = load i32, ptr %60, align 4
  %62 = mul nsw i32 %61, %53
  store i32 %62, ptr %60, align 4
  %63 = getelementptr inbounds nuw i32, ptr %4, i32 %55
  %64 = getelementptr inbounds nuw i8, ptr %63, i32 8
  %65 = load i32, ptr %64, align 4
  %66 = mul nsw i32 %65, %53
  store i32 %66, ptr %64, align 4
  %67 = getelementptr inbounds nuw i32, ptr %4, i32 %55
  %68 = getelementptr inbounds nuw i8, ptr %67, i32 12
  %69 = load i32, ptr %68, align 4
  %70 = mul nsw i32 %69, %53
  store i32 %70, ptr %68, align 4
  %71 = getelementptr inbounds nuw i32, ptr %4, i32 %55
  %72 = getelementptr inbounds nuw i8, ptr %71, i32 16
  %73 = load i32, ptr %72, align 4
  %74 = mul nsw i32 %73, %53
  store i32 %74, ptr %72, align 4
  %75 = getelementptr inbounds nuw i32, ptr %4, i32 %55
  %76 = getelementptr inbounds nuw i8, ptr %75, i32 20
  %77 = load i32, ptr %76, align 4
  %78 = mul nsw i32 %77, %53
  store i32 %78, ptr %76, align 4
  %79 = getelementptr inbounds nuw i32, ptr %4, i32 %55
  %80 = getelementptr inbounds nuw i8, ptr %79, i32 24
  %81 = load i32, ptr %80, align 4
  %82 = mul nsw i32 %81, %53
  store i32 %82, ptr %80, align 4
  %83 = getelementptr inbounds nuw i32, ptr %4, i32 %55
  %84 = getelementptr inbounds nuw i8, ptr %83, i32 28
  %85 = load i32, ptr %84, align 4
  %86 = mul nsw i32 %85, %53
  store i32 %86, ptr %84, align 4
  %87 = getelementptr inbounds nuw i32, ptr %4, i32 %55
  %88 = getelementptr inbounds nuw i8, ptr %87, i32 32
  %89 = load i32, ptr %88, align 4
  %90 = mul nsw i32 %89, %53
  store i32 %90, ptr %88, align 4
  %91 = getelementptr inbounds nuw i32, ptr %4, i32 %55
  %92 = getelementptr inbounds nuw i8, ptr %91, i32 36
  %93 = load i32, ptr %92, align 4
  %94 = mul nsw i32 %93, %53
  store i32 %94, ptr %92, align 4
  %95 = getelementptr inbounds nuw i32, ptr %4, i32 %55
  %96 = getelementptr inbounds nuw i8, ptr %95, i32 40
  %97 = load i32, ptr %96, align 4
  %98 = mul nsw i32 %97, %53
  store i32 %98, ptr %96, align 4
  %99 = add nuw nsw i32 %55, 11
  %100 = icmp eq i32 %99, 33
  br i1 %100, label %101, label %54, !llvm.loop !23

101:                                              ; preds = %54
  call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 4 dereferenceable(132) %0, ptr noundef nonnull align 4 dereferenceable(132) %4, i32 132, i1 false)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #11

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write)
declare void @llvm.assume(i1 noundef) #12

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m0" "target-features"="+armv6-m,+soft-float,+strict-align,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m0" "target-features"="+armv6-m,+soft-float,+strict-align,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m0" "target-features"="+armv6-m,+soft-float,+strict-align,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m0" "target-features"="+armv6-m,+soft-float,+strict-align,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #7 = { nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m0" "target-features"="+armv6-m,+soft-float,+strict-align,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #8 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m0" "target-features"="+armv6-m,+soft-float,+strict-align,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #9 = { nofree norecurse nosync nounwind memory(argmem: read) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m0" "target-features"="+armv6-m,+soft-float,+strict-align,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #10 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="cortex-m0" "target-features"="+armv6-m,+soft-float,+strict-align,+thumb-mode,-aes,-bf16,-d32,-dotprod,-fp-armv8,-fp-armv8d16,-fp-armv8d16sp,-fp-armv8sp,-fp16,-fp16fml,-fp64,-fpregs,-fullfp16,-mve,-mve.fp,-neon,-sha2,-vfp2,-vfp2sp,-vfp3,-vfp3d16,-vfp3d16sp,-vfp3sp,-vfp4,-vfp4d16,-vfp4d16sp,-vfp4sp" "use-soft-float"="true" }
attributes #11 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #12 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: write) }
attributes #13 = { nounwind }

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
!7 = !{!8, !9, i64 0}
!8 = !{!"vec3", !9, i64 0, !9, i64 8, !9, i64 16}
!9 = !{!"double", !5, i64 0}
!10 = !{!8, !9, i64 8}
!11 = !{!8, !9, i64 16}
!12 = !{!13, !14, i64 0}
!13 = !{!"big", !14, i64 0, !5, i64 8, !5, i64 128, !4, i64 320}
!14 = !{!"long long", !5, i64 0}
!15 = !{!13, !4, i64 320}
!16 = !{!9, !9, i64 0}
!17 = !{i64 0, i64 8, !18, i64 8, i64 120, !19, i64 128, i64 192, !19, i64 320, i64 4, !3}
!18 = !{!14, !14, i64 0}
!19 = !{!5, !5, i64 0}
!20 = distinct !{!20, !21}
!21 = !{!"llvm.loop.mustprogress"}
!22 = !{i64 0, i64 132, !19}
!23 = distinct !{!23, !21}
