; ModuleID = 'structs.c'
source_filename = "structs.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32"
target triple = "aarch64-unknown-linux-gnu"

%struct.big = type { i64, [120 x i8], [8 x %struct.vec3], i32 }
%struct.vec3 = type { double, double, double }
%struct.pair = type { %struct.small, %struct.small }
%struct.small = type { i32, i16, i8 }
%struct.with_array = type { [33 x i32] }

@global_big = internal global %struct.big zeroinitializer, align 8, !dbg !0
@global_ptr = dso_local local_unnamed_addr global ptr @global_big, align 8, !dbg !5

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local %struct.vec3 @vec3_add([3 x double] alignstack(8) %0, [3 x double] alignstack(8) %1) local_unnamed_addr #0 !dbg !45 {
  %3 = extractvalue [3 x double] %0, 0
  %4 = extractvalue [3 x double] %0, 1
  %5 = extractvalue [3 x double] %0, 2
    #dbg_value(double %3, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !52)
    #dbg_value(double %4, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !52)
    #dbg_value(double %5, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !52)
  %6 = extractvalue [3 x double] %1, 0
  %7 = extractvalue [3 x double] %1, 1
  %8 = extractvalue [3 x double] %1, 2
    #dbg_value(double %6, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !52)
    #dbg_value(double %7, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !52)
    #dbg_value(double %8, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !52)
  %9 = fadd double %3, %6, !dbg !53
    #dbg_value(double %9, !51, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !52)
  %10 = fadd double %4, %7, !dbg !54
    #dbg_value(double %10, !51, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !52)
  %11 = fadd double %5, %8, !dbg !55
    #dbg_value(double %11, !51, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !52)
  %12 = insertvalue %struct.vec3 poison, double %9, 0, !dbg !56
  %13 = insertvalue %struct.vec3 %12, double %10, 1, !dbg !56
  %14 = insertvalue %struct.vec3 %13, double %11, 2, !dbg !56
  ret %struct.vec3 %14, !dbg !57
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local double @vec3_dot([3 x double] alignstack(8) %0, [3 x double] alignstack(8) %1) local_unnamed_addr #0 !dbg !58 {
  %3 = extractvalue [3 x double] %0, 0
  %4 = extractvalue [3 x double] %0, 1
  %5 = extractvalue [3 x double] %0, 2
    #dbg_value(double %3, !62, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !64)
    #dbg_value(double %4, !62, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !64)
    #dbg_value(double %5, !62, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !64)
  %6 = extractvalue [3 x double] %1, 0
  %7 = extractvalue [3 x double] %1, 1
  %8 = extractvalue [3 x double] %1, 2
    #dbg_value(double %6, !63, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !64)
    #dbg_value(double %7, !63, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !64)
    #dbg_value(double %8, !63, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !64)
  %9 = fmul double %4, %7, !dbg !65
  %10 = tail call double @llvm.fmuladd.f64(double %3, double %6, double %9), !dbg !66
  %11 = tail call double @llvm.fmuladd.f64(double %5, double %8, double %10), !dbg !67
  ret double %11, !dbg !68
}

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #1

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @big_update(ptr dead_on_unwind noalias writable writeonly sret(%struct.big) align 8 captures(none) initializes((0, 328)) %0, ptr dead_on_return noundef captures(none) initializes((0, 8)) %1, i64 noundef %2) local_unnamed_addr #2 !dbg !69 {
    #dbg_value(ptr %1, !73, !DIExpression(DW_OP_deref), !78)
    #dbg_value(i64 %2, !74, !DIExpression(), !78)
  store i64 %2, ptr %1, align 8, !dbg !79, !tbaa !80
  %4 = trunc i64 %2 to i32, !dbg !83
  %5 = and i32 %4, 31, !dbg !83
  %6 = shl nuw i32 1, %5, !dbg !83
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 320, !dbg !84
  %8 = load i32, ptr %7, align 8, !dbg !85, !tbaa !86
  %9 = or i32 %8, %6, !dbg !87
  store i32 %9, ptr %7, align 8, !dbg !88, !tbaa !86
    #dbg_value(i32 0, !75, !DIExpression(), !89)
  %10 = getelementptr inbounds nuw i8, ptr %1, i64 128
    #dbg_value(i32 0, !75, !DIExpression(), !89)
    #dbg_value(i64 0, !75, !DIExpression(), !89)
  %11 = getelementptr inbounds nuw i8, ptr %1, i64 152, !dbg !90
  %12 = load double, ptr %10, align 8, !dbg !92
  %13 = getelementptr inbounds nuw i8, ptr %1, i64 136, !dbg !92
  %14 = load double, ptr %13, align 8, !dbg !92
  %15 = getelementptr inbounds nuw i8, ptr %1, i64 144, !dbg !92
  %16 = getelementptr inbounds nuw i8, ptr %1, i64 160, !dbg !92
  %17 = load double, ptr %16, align 8, !dbg !92
  %18 = getelementptr inbounds nuw i8, ptr %1, i64 168, !dbg !92
    #dbg_value(double %12, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
    #dbg_value(double %14, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
    #dbg_value(double %17, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
    #dbg_value(double %26, !51, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
  %19 = fadd double %14, %17, !dbg !95
    #dbg_value(double %19, !51, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
  store double %19, ptr %13, align 8, !dbg !96, !tbaa !97
    #dbg_value(i64 1, !75, !DIExpression(), !89)
  %20 = getelementptr inbounds nuw i8, ptr %1, i64 184, !dbg !92
  %21 = load double, ptr %20, align 8, !dbg !92
  %22 = getelementptr inbounds nuw i8, ptr %1, i64 192, !dbg !92
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
    #dbg_value(double %17, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
    #dbg_value(double %21, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
  %23 = fadd double %17, %21, !dbg !99
  %24 = load double, ptr %11, align 8, !dbg !92
  %25 = load <2 x double>, ptr %15, align 8, !dbg !92
  %26 = fadd double %12, %24, !dbg !100
  store double %26, ptr %10, align 8, !dbg !96, !tbaa !97
  %27 = load <2 x double>, ptr %18, align 8, !dbg !92
  %28 = fadd <2 x double> %25, %27, !dbg !101
    #dbg_value(double %23, !51, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
  store <2 x double> %28, ptr %15, align 8, !dbg !96, !tbaa !97
  store double %23, ptr %16, align 8, !dbg !102, !tbaa !97
    #dbg_value(i64 2, !75, !DIExpression(), !89)
  %29 = getelementptr inbounds nuw i8, ptr %1, i64 208, !dbg !92
  %30 = load double, ptr %29, align 8, !dbg !92
  %31 = getelementptr inbounds nuw i8, ptr %1, i64 216, !dbg !92
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
    #dbg_value(double %21, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
    #dbg_value(double %30, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
  %32 = fadd double %21, %30, !dbg !103
  %33 = load <2 x double>, ptr %22, align 8, !dbg !92
  %34 = fadd <2 x double> %27, %33, !dbg !104
    #dbg_value(double %32, !51, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
  store <2 x double> %34, ptr %18, align 8, !dbg !102, !tbaa !97
  store double %32, ptr %20, align 8, !dbg !105, !tbaa !97
    #dbg_value(i64 3, !75, !DIExpression(), !89)
  %35 = getelementptr inbounds nuw i8, ptr %1, i64 232, !dbg !92
  %36 = load double, ptr %35, align 8, !dbg !92
  %37 = getelementptr inbounds nuw i8, ptr %1, i64 240, !dbg !92
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
    #dbg_value(double %30, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
    #dbg_value(double %36, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
  %38 = fadd double %30, %36, !dbg !106
  %39 = load <2 x double>, ptr %31, align 8, !dbg !92
  %40 = fadd <2 x double> %33, %39, !dbg !107
    #dbg_value(double %38, !51, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
  store <2 x double> %40, ptr %22, align 8, !dbg !105, !tbaa !97
  store double %38, ptr %29, align 8, !dbg !108, !tbaa !97
    #dbg_value(i64 4, !75, !DIExpression(), !89)
  %41 = getelementptr inbounds nuw i8, ptr %1, i64 256, !dbg !92
  %42 = load double, ptr %41, align 8, !dbg !92
  %43 = getelementptr inbounds nuw i8, ptr %1, i64 264, !dbg !92
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
    #dbg_value(double %36, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
    #dbg_value(double %42, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
  %44 = fadd double %36, %42, !dbg !109
  %45 = load <2 x double>, ptr %37, align 8, !dbg !92
  %46 = fadd <2 x double> %39, %45, !dbg !110
    #dbg_value(double %44, !51, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
  store <2 x double> %46, ptr %31, align 8, !dbg !108, !tbaa !97
  store double %44, ptr %35, align 8, !dbg !111, !tbaa !97
    #dbg_value(i64 5, !75, !DIExpression(), !89)
  %47 = getelementptr inbounds nuw i8, ptr %1, i64 280, !dbg !92
  %48 = load double, ptr %47, align 8, !dbg !92
  %49 = getelementptr inbounds nuw i8, ptr %1, i64 288, !dbg !92
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
    #dbg_value(double %42, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
    #dbg_value(double %48, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
  %50 = fadd double %42, %48, !dbg !112
  %51 = load <2 x double>, ptr %43, align 8, !dbg !92
  %52 = fadd <2 x double> %45, %51, !dbg !113
    #dbg_value(double %50, !51, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
  store <2 x double> %52, ptr %37, align 8, !dbg !111, !tbaa !97
  store double %50, ptr %41, align 8, !dbg !114, !tbaa !97
    #dbg_value(i64 6, !75, !DIExpression(), !89)
  %53 = getelementptr inbounds nuw i8, ptr %1, i64 304, !dbg !92
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
    #dbg_value(double %48, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
  %54 = load <2 x double>, ptr %49, align 8, !dbg !92
  %55 = fadd <2 x double> %51, %54, !dbg !115
    #dbg_value(double %58, !51, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
  store <2 x double> %55, ptr %43, align 8, !dbg !114, !tbaa !97
    #dbg_value(i64 7, !75, !DIExpression(), !89)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
    #dbg_value(double %26, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
    #dbg_value(double %19, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !93)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !93)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !93)
  %56 = load <2 x double>, ptr %53, align 8, !dbg !92
  %57 = extractelement <2 x double> %56, i64 0, !dbg !116
  %58 = fadd double %48, %57, !dbg !116
  store double %58, ptr %47, align 8, !dbg !117, !tbaa !97
  %59 = shufflevector <2 x double> %28, <2 x double> poison, <2 x i32> <i32 poison, i32 0>, !dbg !118
  %60 = insertelement <2 x double> %59, double %19, i64 0, !dbg !118
  %61 = fadd <2 x double> %56, %60, !dbg !118
  %62 = shufflevector <2 x double> %56, <2 x double> poison, <2 x i32> <i32 1, i32 poison>, !dbg !119
  %63 = insertelement <2 x double> %62, double %26, i64 1, !dbg !119
  %64 = fadd <2 x double> %54, %63, !dbg !119
  store <2 x double> %64, ptr %49, align 8, !dbg !117, !tbaa !97
  store <2 x double> %61, ptr %53, align 8, !dbg !120, !tbaa !97
    #dbg_value(i64 8, !75, !DIExpression(), !89)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(328) %0, ptr noundef nonnull align 8 dereferenceable(328) %1, i64 328, i1 false), !dbg !121, !tbaa.struct !122
  ret void, !dbg !125
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #3

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local void @big_store(ptr noundef readonly captures(none) %0) local_unnamed_addr #5 !dbg !126 {
    #dbg_value(ptr %0, !132, !DIExpression(), !133)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(328) @global_big, ptr noundef nonnull align 8 dereferenceable(328) %0, i64 328, i1 false), !dbg !134, !tbaa.struct !122
  ret void, !dbg !135
}

; Function Attrs: nounwind uwtable
define dso_local void @big_roundtrip(i64 noundef %0) local_unnamed_addr #6 !dbg !136 {
    #dbg_assign(i1 poison, !141, !DIExpression(DW_OP_LLVM_fragment, 64, 960), !143, ptr poison, !DIExpression(), !144)
  %2 = alloca %struct.big, align 8, !DIAssignID !145
    #dbg_assign(i1 poison, !142, !DIExpression(), !145, ptr %2, !DIExpression(), !144)
    #dbg_value(ptr poison, !73, !DIExpression(DW_OP_deref, DW_OP_LLVM_fragment, 64, 960), !146)
    #dbg_value(i64 %0, !140, !DIExpression(), !144)
  %3 = getelementptr inbounds nuw i8, ptr %2, i64 8, !dbg !148
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #10, !dbg !149
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 8 dereferenceable(120) %3, ptr noundef nonnull align 8 dereferenceable(120) getelementptr inbounds nuw (i8, ptr @global_big, i64 8), i64 120, i1 false), !dbg !150, !DIAssignID !151
  %4 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 128), align 8, !dbg !150
  %5 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 136), align 8, !dbg !150
  %6 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 160), align 8, !dbg !150
  %7 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 184), align 8, !dbg !150
  %8 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 208), align 8, !dbg !150
  %9 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 232), align 8, !dbg !150
  %10 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 256), align 8, !dbg !150
  %11 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 280), align 8, !dbg !150
  %12 = load i32, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 320), align 8, !dbg !150, !tbaa !41
  %13 = load i32, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 324), align 4, !dbg !150
    #dbg_value(i64 poison, !141, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !144)
    #dbg_assign(i1 poison, !141, !DIExpression(DW_OP_LLVM_fragment, 64, 960), !151, ptr poison, !DIExpression(), !144)
    #dbg_value(double %4, !141, !DIExpression(DW_OP_LLVM_fragment, 1024, 64), !144)
    #dbg_value(double %5, !141, !DIExpression(DW_OP_LLVM_fragment, 1088, 64), !144)
    #dbg_value(double poison, !141, !DIExpression(DW_OP_LLVM_fragment, 1152, 64), !144)
    #dbg_value(double poison, !141, !DIExpression(DW_OP_LLVM_fragment, 1216, 64), !144)
    #dbg_value(double %6, !141, !DIExpression(DW_OP_LLVM_fragment, 1280, 64), !144)
    #dbg_value(double poison, !141, !DIExpression(DW_OP_LLVM_fragment, 1344, 64), !144)
    #dbg_value(double poison, !141, !DIExpression(DW_OP_LLVM_fragment, 1408, 64), !144)
    #dbg_value(double %7, !141, !DIExpression(DW_OP_LLVM_fragment, 1472, 64), !144)
    #dbg_value(double poison, !141, !DIExpression(DW_OP_LLVM_fragment, 1536, 64), !144)
    #dbg_value(double poison, !141, !DIExpression(DW_OP_LLVM_fragment, 1600, 64), !144)
    #dbg_value(double %8, !141, !DIExpression(DW_OP_LLVM_fragment, 1664, 64), !144)
    #dbg_value(double poison, !141, !DIExpression(DW_OP_LLVM_fragment, 1728, 64), !144)
    #dbg_value(double poison, !141, !DIExpression(DW_OP_LLVM_fragment, 1792, 64), !144)
    #dbg_value(double %9, !141, !DIExpression(DW_OP_LLVM_fragment, 1856, 64), !144)
    #dbg_value(double poison, !141, !DIExpression(DW_OP_LLVM_fragment, 1920, 64), !144)
    #dbg_value(double poison, !141, !DIExpression(DW_OP_LLVM_fragment, 1984, 64), !144)
    #dbg_value(double %10, !141, !DIExpression(DW_OP_LLVM_fragment, 2048, 64), !144)
    #dbg_value(double poison, !141, !DIExpression(DW_OP_LLVM_fragment, 2112, 64), !144)
    #dbg_value(double poison, !141, !DIExpression(DW_OP_LLVM_fragment, 2176, 64), !144)
    #dbg_value(double %11, !141, !DIExpression(DW_OP_LLVM_fragment, 2240, 64), !144)
    #dbg_value(double poison, !141, !DIExpression(DW_OP_LLVM_fragment, 2304, 64), !144)
    #dbg_value(double poison, !141, !DIExpression(DW_OP_LLVM_fragment, 2368, 64), !144)
    #dbg_value(double poison, !141, !DIExpression(DW_OP_LLVM_fragment, 2432, 64), !144)
    #dbg_value(double poison, !141, !DIExpression(DW_OP_LLVM_fragment, 2496, 64), !144)
    #dbg_value(i32 %12, !141, !DIExpression(DW_OP_LLVM_fragment, 2560, 32), !144)
    #dbg_value(i32 %13, !141, !DIExpression(DW_OP_LLVM_fragment, 2592, 32), !144)
    #dbg_value(i32 %13, !73, !DIExpression(DW_OP_LLVM_fragment, 2592, 32), !146)
    #dbg_value(ptr undef, !73, !DIExpression(DW_OP_deref), !146)
    #dbg_value(i64 %0, !74, !DIExpression(), !146)
  %14 = trunc i64 %0 to i32, !dbg !152
  %15 = and i32 %14, 31, !dbg !152
  %16 = shl nuw i32 1, %15, !dbg !152
  %17 = or i32 %12, %16, !dbg !153
    #dbg_value(i64 0, !75, !DIExpression(), !154)
    #dbg_value(double %4, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
    #dbg_value(double %5, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
    #dbg_value(double %6, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(double %30, !51, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
  %18 = fadd double %5, %6, !dbg !157
    #dbg_value(double %18, !51, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(i64 1, !75, !DIExpression(), !154)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
    #dbg_value(double %6, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
    #dbg_value(double %7, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
  %19 = fadd double %6, %7, !dbg !158
    #dbg_value(double %19, !51, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(i64 2, !75, !DIExpression(), !154)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
    #dbg_value(double %7, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
    #dbg_value(double %8, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
  %20 = fadd double %7, %8, !dbg !159
    #dbg_value(double %20, !51, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(i64 3, !75, !DIExpression(), !154)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
    #dbg_value(double %8, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
    #dbg_value(double %9, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
  %21 = fadd double %8, %9, !dbg !160
    #dbg_value(double %21, !51, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(i64 4, !75, !DIExpression(), !154)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
    #dbg_value(double %9, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
    #dbg_value(double %10, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
  %22 = fadd double %9, %10, !dbg !161
    #dbg_value(double %22, !51, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(i64 5, !75, !DIExpression(), !154)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
    #dbg_value(double %10, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
    #dbg_value(double %11, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
  %23 = fadd double %10, %11, !dbg !162
    #dbg_value(double %23, !51, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(i64 6, !75, !DIExpression(), !154)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
    #dbg_value(double %11, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
    #dbg_value(double %57, !51, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(i64 7, !75, !DIExpression(), !154)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !49, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(double %30, !50, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
    #dbg_value(double %18, !50, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !50, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !155)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !155)
    #dbg_value(double poison, !51, !DIExpression(DW_OP_LLVM_fragment, 128, 64), !155)
    #dbg_value(i64 8, !75, !DIExpression(), !154)
  store i64 %0, ptr %2, align 8, !dbg !148, !tbaa !123, !DIAssignID !163
  %24 = getelementptr inbounds nuw i8, ptr %2, i64 128, !dbg !148
  %25 = getelementptr inbounds nuw i8, ptr %2, i64 136, !dbg !148
  store double %18, ptr %25, align 8, !dbg !148, !DIAssignID !164
  %26 = getelementptr inbounds nuw i8, ptr %2, i64 144, !dbg !148
  %27 = load double, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 152), align 8, !dbg !150
  %28 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 144), align 8, !dbg !150
  %29 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 168), align 8, !dbg !150
  %30 = fadd double %4, %27, !dbg !165
  %31 = fadd <2 x double> %28, %29, !dbg !166
  store double %30, ptr %24, align 8, !dbg !148, !DIAssignID !167
  store <2 x double> %31, ptr %26, align 8, !dbg !148, !DIAssignID !168
  %32 = getelementptr inbounds nuw i8, ptr %2, i64 160, !dbg !148
  store double %19, ptr %32, align 8, !dbg !148, !DIAssignID !169
  %33 = getelementptr inbounds nuw i8, ptr %2, i64 168, !dbg !148
  %34 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 192), align 8, !dbg !150
  %35 = fadd <2 x double> %29, %34, !dbg !170
  store <2 x double> %35, ptr %33, align 8, !dbg !148, !DIAssignID !171
  %36 = getelementptr inbounds nuw i8, ptr %2, i64 184, !dbg !148
  store double %20, ptr %36, align 8, !dbg !148, !DIAssignID !172
  %37 = getelementptr inbounds nuw i8, ptr %2, i64 192, !dbg !148
  %38 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 216), align 8, !dbg !150
  %39 = fadd <2 x double> %34, %38, !dbg !173
  store <2 x double> %39, ptr %37, align 8, !dbg !148, !DIAssignID !174
  %40 = getelementptr inbounds nuw i8, ptr %2, i64 208, !dbg !148
  store double %21, ptr %40, align 8, !dbg !148, !DIAssignID !175
  %41 = getelementptr inbounds nuw i8, ptr %2, i64 216, !dbg !148
  %42 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 240), align 8, !dbg !150
  %43 = fadd <2 x double> %38, %42, !dbg !176
  store <2 x double> %43, ptr %41, align 8, !dbg !148, !DIAssignID !177
  %44 = getelementptr inbounds nuw i8, ptr %2, i64 232, !dbg !148
  store double %22, ptr %44, align 8, !dbg !148, !DIAssignID !178
  %45 = getelementptr inbounds nuw i8, ptr %2, i64 240, !dbg !148
  %46 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 264), align 8, !dbg !150
  %47 = fadd <2 x double> %42, %46, !dbg !179
  store <2 x double> %47, ptr %45, align 8, !dbg !148, !DIAssignID !180
  %48 = getelementptr inbounds nuw i8, ptr %2, i64 256, !dbg !148
  store double %23, ptr %48, align 8, !dbg !148, !DIAssignID !181
  %49 = getelementptr inbounds nuw i8, ptr %2, i64 264, !dbg !148
  %50 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 288), align 8, !dbg !150
  %51 = fadd <2 x double> %46, %50, !dbg !182
  store <2 x double> %51, ptr %49, align 8, !dbg !148, !DIAssignID !183
  %52 = getelementptr inbounds nuw i8, ptr %2, i64 280, !dbg !148
  %53 = getelementptr inbounds nuw i8, ptr %2, i64 288, !dbg !148
  %54 = getelementptr inbounds nuw i8, ptr %2, i64 304, !dbg !148
  %55 = load <2 x double>, ptr getelementptr inbounds nuw (i8, ptr @global_big, i64 304), align 8, !dbg !150
  %56 = extractelement <2 x double> %55, i64 0, !dbg !184
  %57 = fadd double %11, %56, !dbg !184
  %58 = shufflevector <2 x double> %31, <2 x double> poison, <2 x i32> <i32 poison, i32 0>, !dbg !185
  %59 = insertelement <2 x double> %58, double %18, i64 0, !dbg !185
  %60 = fadd <2 x double> %59, %55, !dbg !185
  store double %57, ptr %52, align 8, !dbg !148, !DIAssignID !186
  %61 = shufflevector <2 x double> %55, <2 x double> poison, <2 x i32> <i32 1, i32 poison>, !dbg !187
  %62 = insertelement <2 x double> %61, double %30, i64 1, !dbg !187
  %63 = fadd <2 x double> %50, %62, !dbg !187
  store <2 x double> %63, ptr %53, align 8, !dbg !148, !DIAssignID !188
  store <2 x double> %60, ptr %54, align 8, !dbg !148, !DIAssignID !189
  %64 = getelementptr inbounds nuw i8, ptr %2, i64 320, !dbg !148
  store i32 %17, ptr %64, align 8, !dbg !148, !tbaa !41, !DIAssignID !190
  %65 = getelementptr inbounds nuw i8, ptr %2, i64 324, !dbg !148
  store i32 %13, ptr %65, align 4, !dbg !148, !DIAssignID !191
    #dbg_assign(i64 %0, !142, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !163, ptr %2, !DIExpression(), !144)
    #dbg_assign(i1 poison, !142, !DIExpression(DW_OP_LLVM_fragment, 64, 960), !192, ptr %3, !DIExpression(), !144)
    #dbg_assign(double %30, !142, !DIExpression(DW_OP_LLVM_fragment, 1024, 64), !167, ptr %24, !DIExpression(), !144)
    #dbg_assign(double %18, !142, !DIExpression(DW_OP_LLVM_fragment, 1088, 64), !164, ptr %25, !DIExpression(), !144)
    #dbg_assign(double poison, !142, !DIExpression(DW_OP_LLVM_fragment, 1152, 64), !168, ptr %26, !DIExpression(), !144)
    #dbg_assign(double poison, !142, !DIExpression(DW_OP_LLVM_fragment, 1216, 64), !168, ptr %2, !DIExpression(DW_OP_plus_uconst, 152), !144)
    #dbg_assign(double %19, !142, !DIExpression(DW_OP_LLVM_fragment, 1280, 64), !169, ptr %32, !DIExpression(), !144)
    #dbg_assign(double poison, !142, !DIExpression(DW_OP_LLVM_fragment, 1344, 64), !171, ptr %33, !DIExpression(), !144)
    #dbg_assign(double poison, !142, !DIExpression(DW_OP_LLVM_fragment, 1408, 64), !171, ptr %2, !DIExpression(DW_OP_plus_uconst, 176), !144)
    #dbg_assign(double %20, !142, !DIExpression(DW_OP_LLVM_fragment, 1472, 64), !172, ptr %36, !DIExpression(), !144)
    #dbg_assign(double poison, !142, !DIExpression(DW_OP_LLVM_fragment, 1536, 64), !174, ptr %37, !DIExpression(), !144)
    #dbg_assign(double poison, !142, !DIExpression(DW_OP_LLVM_fragment, 1600, 64), !174, ptr %2, !DIExpression(DW_OP_plus_uconst, 200), !144)
    #dbg_assign(double %21, !142, !DIExpression(DW_OP_LLVM_fragment, 1664, 64), !175, ptr %40, !DIExpression(), !144)
    #dbg_assign(double poison, !142, !DIExpression(DW_OP_LLVM_fragment, 1728, 64), !177, ptr %41, !DIExpression(), !144)
    #dbg_assign(double poison, !142, !DIExpression(DW_OP_LLVM_fragment, 1792, 64), !177, ptr %2, !DIExpression(DW_OP_plus_uconst, 224), !144)
    #dbg_assign(double %22, !142, !DIExpression(DW_OP_LLVM_fragment, 1856, 64), !178, ptr %44, !DIExpression(), !144)
    #dbg_assign(double poison, !142, !DIExpression(DW_OP_LLVM_fragment, 1920, 64), !180, ptr %45, !DIExpression(), !144)
    #dbg_assign(double poison, !142, !DIExpression(DW_OP_LLVM_fragment, 1984, 64), !180, ptr %2, !DIExpression(DW_OP_plus_uconst, 248), !144)
    #dbg_assign(double %23, !142, !DIExpression(DW_OP_LLVM_fragment, 2048, 64), !181, ptr %48, !DIExpression(), !144)
    #dbg_assign(double poison, !142, !DIExpression(DW_OP_LLVM_fragment, 2112, 64), !183, ptr %49, !DIExpression(), !144)
    #dbg_assign(double poison, !142, !DIExpression(DW_OP_LLVM_fragment, 2176, 64), !183, ptr %2, !DIExpression(DW_OP_plus_uconst, 272), !144)
    #dbg_assign(double %57, !142, !DIExpression(DW_OP_LLVM_fragment, 2240, 64), !186, ptr %52, !DIExpression(), !144)
    #dbg_assign(double poison, !142, !DIExpression(DW_OP_LLVM_fragment, 2304, 64), !188, ptr %53, !DIExpression(), !144)
    #dbg_assign(double poison, !142, !DIExpression(DW_OP_LLVM_fragment, 2368, 64), !188, ptr %2, !DIExpression(DW_OP_plus_uconst, 296), !144)
    #dbg_assign(double poison, !142, !DIExpression(DW_OP_LLVM_fragment, 2432, 64), !189, ptr %54, !DIExpression(), !144)
    #dbg_assign(double poison, !142, !DIExpression(DW_OP_LLVM_fragment, 2496, 64), !189, ptr %2, !DIExpression(DW_OP_plus_uconst, 312), !144)
    #dbg_assign(i32 %17, !142, !DIExpression(DW_OP_LLVM_fragment, 2560, 32), !190, ptr %64, !DIExpression(), !144)
    #dbg_assign(i32 %13, !142, !DIExpression(DW_OP_LLVM_fragment, 2592, 32), !191, ptr %65, !DIExpression(), !144)
  call void @sink(ptr noundef nonnull %2, i64 noundef 328) #10, !dbg !193
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #10, !dbg !194
  ret void, !dbg !195
}

declare !dbg !196 void @sink(ptr noundef, i64 noundef) local_unnamed_addr #7

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local [2 x i64] @pair_swap([2 x i64] %0) local_unnamed_addr #0 !dbg !205 {
  %2 = extractvalue [2 x i64] %0, 0
  %3 = extractvalue [2 x i64] %0, 1
    #dbg_value(i64 %2, !223, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !225)
    #dbg_value(i64 %3, !223, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !225)
    #dbg_value(i64 %3, !224, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !225)
    #dbg_value(i64 %2, !224, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !225)
  %4 = insertvalue [2 x i64] poison, i64 %3, 0, !dbg !226
  %5 = insertvalue [2 x i64] %4, i64 %2, 1, !dbg !226
  ret [2 x i64] %5, !dbg !227
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local i32 @small_sum(i64 %0) local_unnamed_addr #0 !dbg !228 {
  %2 = trunc i64 %0 to i32
  %3 = lshr i64 %0, 32
  %4 = trunc i64 %3 to i16
  %5 = lshr i64 %0, 48
  %6 = trunc i64 %5 to i8
    #dbg_value(i32 %2, !232, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !233)
    #dbg_value(i16 %4, !232, !DIExpression(DW_OP_LLVM_fragment, 32, 16), !233)
    #dbg_value(i8 %6, !232, !DIExpression(DW_OP_LLVM_fragment, 48, 8), !233)
    #dbg_value(i64 %0, !232, !DIExpression(DW_OP_constu, 56, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 56, 8), !233)
  %7 = sext i16 %4 to i32, !dbg !234
  %8 = add nsw i32 %7, %2, !dbg !235
  %9 = sext i8 %6 to i32, !dbg !236
  %10 = add nsw i32 %8, %9, !dbg !237
  ret i32 %10, !dbg !238
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read) uwtable
define dso_local i32 @pair_total(ptr noundef readonly captures(none) %0, i32 noundef %1) local_unnamed_addr #8 !dbg !239 {
    #dbg_value(ptr %0, !244, !DIExpression(), !252)
    #dbg_value(i32 %1, !245, !DIExpression(), !252)
    #dbg_value(i32 0, !246, !DIExpression(), !252)
    #dbg_value(i32 0, !247, !DIExpression(), !253)
  %3 = icmp sgt i32 %1, 0, !dbg !254
  br i1 %3, label %4, label %71, !dbg !255

4:                                                ; preds = %2
  %5 = zext nneg i32 %1 to i64, !dbg !256
  %6 = icmp ult i32 %1, 8, !dbg !257
  br i1 %6, label %68, label %7, !dbg !257

7:                                                ; preds = %4
  %8 = and i64 %5, 2147483640
  br label %9, !dbg !257

9:                                                ; preds = %9, %7
  %10 = phi i64 [ 0, %7 ], [ %62, %9 ], !dbg !258
  %11 = phi <4 x i32> [ zeroinitializer, %7 ], [ %60, %9 ]
  %12 = phi <4 x i32> [ zeroinitializer, %7 ], [ %61, %9 ]
  %13 = getelementptr inbounds nuw %struct.pair, ptr %0, i64 %10, !dbg !259
  %14 = getelementptr inbounds nuw %struct.pair, ptr %0, i64 %10, !dbg !259
  %15 = getelementptr inbounds nuw i8, ptr %14, i64 64, !dbg !259
  %16 = load <8 x i64>, ptr %13, align 4, !dbg !260
  %17 = shufflevector <8 x i64> %16, <8 x i64> poison, <4 x i32> <i32 0, i32 2, i32 4, i32 6>, !dbg !260
  %18 = shufflevector <8 x i64> %16, <8 x i64> poison, <4 x i32> <i32 1, i32 3, i32 5, i32 7>, !dbg !260
  %19 = load <8 x i64>, ptr %15, align 4, !dbg !260
  %20 = shufflevector <8 x i64> %19, <8 x i64> poison, <4 x i32> <i32 0, i32 2, i32 4, i32 6>, !dbg !260
  %21 = shufflevector <8 x i64> %19, <8 x i64> poison, <4 x i32> <i32 1, i32 3, i32 5, i32 7>, !dbg !260
  %22 = trunc <4 x i64> %18 to <4 x i32>
  %23 = trunc <4 x i64> %21 to <4 x i32>
  %24 = lshr <4 x i64> %18, splat (i64 32)
  %25 = lshr <4 x i64> %21, splat (i64 32)
  %26 = trunc <4 x i64> %24 to <4 x i16>
  %27 = trunc <4 x i64> %25 to <4 x i16>
  %28 = lshr <4 x i64> %18, splat (i64 48)
  %29 = lshr <4 x i64> %21, splat (i64 48)
  %30 = trunc <4 x i64> %28 to <4 x i8>
  %31 = trunc <4 x i64> %29 to <4 x i8>
  %32 = sext <4 x i16> %26 to <4 x i32>, !dbg !261
  %33 = sext <4 x i16> %27 to <4 x i32>, !dbg !261
  %34 = sext <4 x i8> %30 to <4 x i32>, !dbg !263
  %35 = sext <4 x i8> %31 to <4 x i32>, !dbg !263
  %36 = trunc <4 x i64> %17 to <4 x i32>
  %37 = trunc <4 x i64> %20 to <4 x i32>
  %38 = lshr <4 x i64> %17, splat (i64 32)
  %39 = lshr <4 x i64> %20, splat (i64 32)
  %40 = trunc <4 x i64> %38 to <4 x i16>
  %41 = trunc <4 x i64> %39 to <4 x i16>
  %42 = lshr <4 x i64> %17, splat (i64 48)
  %43 = lshr <4 x i64> %20, splat (i64 48)
  %44 = trunc <4 x i64> %42 to <4 x i8>
  %45 = trunc <4 x i64> %43 to <4 x i8>
  %46 = sext <4 x i16> %40 to <4 x i32>, !dbg !264
  %47 = sext <4 x i16> %41 to <4 x i32>, !dbg !264
  %48 = sext <4 x i8> %44 to <4 x i32>, !dbg !266
  %49 = sext <4 x i8> %45 to <4 x i32>, !dbg !266
  %50 = add <4 x i32> %11, %22, !dbg !267
  %51 = add <4 x i32> %12, %23, !dbg !267
  %52 = add <4 x i32> %36, %46, !dbg !267
  %53 = add <4 x i32> %37, %47, !dbg !267
  %54 = add <4 x i32> %52, %48, !dbg !268
  %55 = add <4 x i32> %53, %49, !dbg !268
  %56 = sub <4 x i32> %50, %54, !dbg !268
  %57 = sub <4 x i32> %51, %55, !dbg !268
  %58 = add <4 x i32> %56, %32, !dbg !269
  %59 = add <4 x i32> %57, %33, !dbg !269
  %60 = add <4 x i32> %58, %34, !dbg !270
  %61 = add <4 x i32> %59, %35, !dbg !270
  %62 = add nuw i64 %10, 8, !dbg !258
  %63 = icmp eq i64 %62, %8, !dbg !271
  br i1 %63, label %64, label %9, !dbg !271, !llvm.loop !272

64:                                               ; preds = %9
  %65 = add <4 x i32> %61, %60, !dbg !271
  %66 = tail call i32 @llvm.vector.reduce.add.v4i32(<4 x i32> %65), !dbg !271
  %67 = icmp eq i64 %8, %5, !dbg !271
  br i1 %67, label %71, label %68, !dbg !271

68:                                               ; preds = %4, %64
  %69 = phi i64 [ 0, %4 ], [ %8, %64 ]
  %70 = phi i32 [ 0, %4 ], [ %66, %64 ]
  br label %73, !dbg !271

71:                                               ; preds = %73, %64, %2
  %72 = phi i32 [ 0, %2 ], [ %66, %64 ], [ %99, %73 ], !dbg !252
  ret i32 %72, !dbg !276

73:                                               ; preds = %68, %73
  %74 = phi i64 [ %100, %73 ], [ %69, %68 ]
  %75 = phi i32 [ %99, %73 ], [ %70, %68 ]
    #dbg_value(i32 %75, !246, !DIExpression(), !252)
    #dbg_value(i64 %74, !247, !DIExpression(), !253)
  %76 = getelementptr inbounds nuw %struct.pair, ptr %0, i64 %74, !dbg !259
  %77 = load i64, ptr %76, align 4, !dbg !260
  %78 = getelementptr inbounds nuw i8, ptr %76, i64 8, !dbg !260
  %79 = load i64, ptr %78, align 4, !dbg !260
    #dbg_value(i64 %79, !249, !DIExpression(DW_OP_LLVM_fragment, 0, 64), !277)
    #dbg_value(i64 %77, !249, !DIExpression(DW_OP_LLVM_fragment, 64, 64), !277)
  %80 = trunc i64 %79 to i32
  %81 = lshr i64 %79, 32
  %82 = trunc i64 %81 to i16
  %83 = lshr i64 %79, 48
  %84 = trunc i64 %83 to i8
    #dbg_value(i32 %80, !232, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !278)
    #dbg_value(i16 %82, !232, !DIExpression(DW_OP_LLVM_fragment, 32, 16), !278)
    #dbg_value(i8 %84, !232, !DIExpression(DW_OP_LLVM_fragment, 48, 8), !278)
    #dbg_value(i64 %79, !232, !DIExpression(DW_OP_constu, 56, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 56, 8), !278)
  %85 = sext i16 %82 to i32, !dbg !261
  %86 = sext i8 %84 to i32, !dbg !263
  %87 = trunc i64 %77 to i32
  %88 = lshr i64 %77, 32
  %89 = trunc i64 %88 to i16
  %90 = lshr i64 %77, 48
  %91 = trunc i64 %90 to i8
    #dbg_value(i32 %87, !232, !DIExpression(DW_OP_LLVM_fragment, 0, 32), !279)
    #dbg_value(i16 %89, !232, !DIExpression(DW_OP_LLVM_fragment, 32, 16), !279)
    #dbg_value(i8 %91, !232, !DIExpression(DW_OP_LLVM_fragment, 48, 8), !279)
    #dbg_value(i64 %77, !232, !DIExpression(DW_OP_constu, 56, DW_OP_shr, DW_OP_LLVM_convert, 64, DW_ATE_unsigned, DW_OP_LLVM_convert, 8, DW_ATE_unsigned, DW_OP_stack_value, DW_OP_LLVM_fragment, 56, 8), !279)
  %92 = sext i16 %89 to i32, !dbg !264
  %93 = sext i8 %91 to i32, !dbg !266
  %94 = add i32 %75, %80, !dbg !267
  %95 = add i32 %87, %92, !dbg !267
  %96 = add i32 %95, %93, !dbg !268
  %97 = sub i32 %94, %96, !dbg !268
  %98 = add i32 %97, %85, !dbg !269
  %99 = add i32 %98, %86, !dbg !270
    #dbg_value(i32 %99, !246, !DIExpression(), !252)
  %100 = add nuw nsw i64 %74, 1, !dbg !258
    #dbg_value(i64 %100, !247, !DIExpression(), !253)
  %101 = icmp eq i64 %100, %5, !dbg !256
  br i1 %101, label %71, label %73, !dbg !271, !llvm.loop !280
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @array_by_value(ptr dead_on_unwind noalias writable writeonly sret(%struct.with_array) align 4 captures(none) initializes((0, 132)) %0, ptr dead_on_return noundef captures(none) %1, i32 noundef %2) local_unnamed_addr #2 !dbg !281 {
    #dbg_value(ptr %1, !291, !DIExpression(DW_OP_deref), !295)
    #dbg_value(i32 %2, !292, !DIExpression(), !295)
    #dbg_value(i32 0, !293, !DIExpression(), !296)
    #dbg_value(i64 0, !293, !DIExpression(), !296)
    #dbg_value(i64 1, !293, !DIExpression(), !296)
    #dbg_value(i64 2, !293, !DIExpression(), !296)
    #dbg_value(i64 3, !293, !DIExpression(), !296)
  %4 = load <4 x i32>, ptr %1, align 4, !dbg !297, !tbaa !41
  %5 = insertelement <4 x i32> poison, i32 %2, i64 0, !dbg !299
  %6 = shufflevector <4 x i32> %5, <4 x i32> poison, <4 x i32> zeroinitializer, !dbg !299
  %7 = mul nsw <4 x i32> %4, %6, !dbg !299
  store <4 x i32> %7, ptr %1, align 4, !dbg !300, !tbaa !41
    #dbg_value(i64 4, !293, !DIExpression(), !296)
  %8 = getelementptr inbounds nuw i8, ptr %1, i64 16, !dbg !301
    #dbg_value(i64 5, !293, !DIExpression(), !296)
    #dbg_value(i64 6, !293, !DIExpression(), !296)
    #dbg_value(i64 7, !293, !DIExpression(), !296)
  %9 = load <4 x i32>, ptr %8, align 4, !dbg !297, !tbaa !41
  %10 = mul nsw <4 x i32> %9, %6, !dbg !302
  store <4 x i32> %10, ptr %8, align 4, !dbg !303, !tbaa !41
    #dbg_value(i64 8, !293, !DIExpression(), !296)
  %11 = getelementptr inbounds nuw i8, ptr %1, i64 32, !dbg !301
    #dbg_value(i64 9, !293, !DIExpression(), !296)
    #dbg_value(i64 10, !293, !DIExpression(), !296)
    #dbg_value(i64 11, !293, !DIExpression(), !296)
  %12 = load <4 x i32>, ptr %11, align 4, !dbg !297, !tbaa !41
  %13 = mul nsw <4 x i32> %12, %6, !dbg !304
  store <4 x i32> %13, ptr %11, align 4, !dbg !305, !tbaa !41
    #dbg_value(i64 12, !293, !DIExpression(), !296)
  %14 = getelementptr inbounds nuw i8, ptr %1, i64 48, !dbg !301
    #dbg_value(i64 13, !293, !DIExpression(), !296)
    #dbg_value(i64 14, !293, !DIExpression(), !296)
    #dbg_value(i64 15, !293, !DIExpression(), !296)
  %15 = load <4 x i32>, ptr %14, align 4, !dbg !297, !tbaa !41
  %16 = mul nsw <4 x i32> %15, %6, !dbg !306
  store <4 x i32> %16, ptr %14, align 4, !dbg !307, !tbaa !41
    #dbg_value(i64 16, !293, !DIExpression(), !296)
  %17 = getelementptr inbounds nuw i8, ptr %1, i64 64, !dbg !301
    #dbg_value(i64 17, !293, !DIExpression(), !296)
    #dbg_value(i64 18, !293, !DIExpression(), !296)
    #dbg_value(i64 19, !293, !DIExpression(), !296)
  %18 = load <4 x i32>, ptr %17, align 4, !dbg !297, !tbaa !41
  %19 = mul nsw <4 x i32> %18, %6, !dbg !308
  store <4 x i32> %19, ptr %17, align 4, !dbg !309, !tbaa !41
    #dbg_value(i64 20, !293, !DIExpression(), !296)
  %20 = getelementptr inbounds nuw i8, ptr %1, i64 80, !dbg !301
    #dbg_value(i64 21, !293, !DIExpression(), !296)
    #dbg_value(i64 22, !293, !DIExpression(), !296)
    #dbg_value(i64 23, !293, !DIExpression(), !296)
  %21 = load <4 x i32>, ptr %20, align 4, !dbg !297, !tbaa !41
  %22 = mul nsw <4 x i32> %21, %6, !dbg !310
  store <4 x i32> %22, ptr %20, align 4, !dbg !311, !tbaa !41
    #dbg_value(i64 24, !293, !DIExpression(), !296)
  %23 = getelementptr inbounds nuw i8, ptr %1, i64 96, !dbg !301
    #dbg_value(i64 25, !293, !DIExpression(), !296)
    #dbg_value(i64 26, !293, !DIExpression(), !296)
    #dbg_value(i64 27, !293, !DIExpression(), !296)
  %24 = load <4 x i32>, ptr %23, align 4, !dbg !297, !tbaa !41
  %25 = mul nsw <4 x i32> %24, %6, !dbg !312
  store <4 x i32> %25, ptr %23, align 4, !dbg !313, !tbaa !41
    #dbg_value(i64 28, !293, !DIExpression(), !296)
  %26 = getelementptr inbounds nuw i8, ptr %1, i64 112, !dbg !301
    #dbg_value(i64 29, !293, !DIExpression(), !296)
    #dbg_value(i64 30, !293, !DIExpression(), !296)
    #dbg_value(i64 31, !293, !DIExpression(), !296)
  %27 = load <4 x i32>, ptr %26, align 4, !dbg !297, !tbaa !41
  %28 = mul nsw <4 x i32> %27, %6, !dbg !314
  store <4 x i32> %28, ptr %26, align 4, !dbg !315, !tbaa !41
    #dbg_value(i64 32, !293, !DIExpression(), !296)
  %29 = getelementptr inbounds nuw i8, ptr %1, i64 128, !dbg !301
  %30 = load i32, ptr %29, align 4, !dbg !297, !tbaa !41
  %31 = mul nsw i32 %30, %2, !dbg !316
  store i32 %31, ptr %29, align 4, !dbg !317, !tbaa !41
    #dbg_value(i64 33, !293, !DIExpression(), !296)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(132) %0, ptr noundef nonnull align 4 dereferenceable(132) %1, i64 132, i1 false), !dbg !318, !tbaa.struct !319
  ret void, !dbg !320
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @array_copy_chain(ptr noundef writeonly captures(none) initializes((0, 132)) %0, ptr noundef readonly captures(none) %1, i32 noundef %2) local_unnamed_addr #2 !dbg !321 {
    #dbg_value(ptr %0, !328, !DIExpression(), !331)
    #dbg_value(ptr %1, !329, !DIExpression(), !331)
    #dbg_value(i32 %2, !330, !DIExpression(), !331)
  %4 = getelementptr inbounds nuw i8, ptr %1, i64 16, !dbg !332
  %5 = getelementptr inbounds nuw i8, ptr %1, i64 32, !dbg !332
  %6 = getelementptr inbounds nuw i8, ptr %1, i64 48, !dbg !332
  %7 = getelementptr inbounds nuw i8, ptr %1, i64 64, !dbg !332
  %8 = getelementptr inbounds nuw i8, ptr %1, i64 80, !dbg !332
  %9 = getelementptr inbounds nuw i8, ptr %1, i64 96, !dbg !332
  %10 = getelementptr inbounds nuw i8, ptr %1, i64 112, !dbg !332
  %11 = getelementptr inbounds nuw i8, ptr %1, i64 128, !dbg !332
  %12 = load i32, ptr %11, align 4, !dbg !332, !tbaa !124
    #dbg_value(ptr undef, !291, !DIExpression(DW_OP_deref), !333)
    #dbg_value(i32 %2, !292, !DIExpression(), !333)
    #dbg_value(i64 0, !293, !DIExpression(), !335)
    #dbg_value(i64 1, !293, !DIExpression(), !335)
    #dbg_value(i64 2, !293, !DIExpression(), !335)
    #dbg_value(i64 3, !293, !DIExpression(), !335)
    #dbg_value(i64 4, !293, !DIExpression(), !335)
    #dbg_value(i64 5, !293, !DIExpression(), !335)
    #dbg_value(i64 6, !293, !DIExpression(), !335)
    #dbg_value(i64 7, !293, !DIExpression(), !335)
    #dbg_value(i64 8, !293, !DIExpression(), !335)
    #dbg_value(i64 9, !293, !DIExpression(), !335)
    #dbg_value(i64 10, !293, !DIExpression(), !335)
    #dbg_value(i64 11, !293, !DIExpression(), !335)
    #dbg_value(i64 12, !293, !DIExpression(), !335)
    #dbg_value(i64 13, !293, !DIExpression(), !335)
    #dbg_value(i64 14, !293, !DIExpression(), !335)
    #dbg_value(i64 15, !293, !DIExpression(), !335)
    #dbg_value(i64 16, !293, !DIExpression(), !335)
    #dbg_value(i64 17, !293, !DIExpression(), !335)
    #dbg_value(i64 18, !293, !DIExpression(), !335)
    #dbg_value(i64 19, !293, !DIExpression(), !335)
    #dbg_value(i64 20, !293, !DIExpression(), !335)
    #dbg_value(i64 21, !293, !DIExpression(), !335)
    #dbg_value(i64 22, !293, !DIExpression(), !335)
    #dbg_value(i64 23, !293, !DIExpression(), !335)
    #dbg_value(i64 24, !293, !DIExpression(), !335)
    #dbg_value(i64 25, !293, !DIExpression(), !335)
    #dbg_value(i64 26, !293, !DIExpression(), !335)
    #dbg_value(i64 27, !293, !DIExpression(), !335)
    #dbg_value(i64 28, !293, !DIExpression(), !335)
    #dbg_value(i64 29, !293, !DIExpression(), !335)
    #dbg_value(i64 30, !293, !DIExpression(), !335)
    #dbg_value(i64 31, !293, !DIExpression(), !335)
    #dbg_value(i64 32, !293, !DIExpression(), !335)
  %13 = mul nsw i32 %12, %2, !dbg !336
    #dbg_value(i64 33, !293, !DIExpression(), !335)
  %14 = getelementptr inbounds nuw i8, ptr %0, i64 16, !dbg !332
  %15 = getelementptr inbounds nuw i8, ptr %0, i64 32, !dbg !332
  %16 = getelementptr inbounds nuw i8, ptr %0, i64 48, !dbg !332
  %17 = getelementptr inbounds nuw i8, ptr %0, i64 64, !dbg !332
  %18 = getelementptr inbounds nuw i8, ptr %0, i64 80, !dbg !332
  %19 = getelementptr inbounds nuw i8, ptr %0, i64 96, !dbg !332
  %20 = getelementptr inbounds nuw i8, ptr %0, i64 112, !dbg !332
  %21 = getelementptr inbounds nuw i8, ptr %0, i64 128, !dbg !332
  %22 = add nsw i32 %2, 1, !dbg !337
    #dbg_value(ptr undef, !291, !DIExpression(DW_OP_deref), !338)
    #dbg_value(i32 %22, !292, !DIExpression(), !338)
    #dbg_value(i64 0, !293, !DIExpression(), !340)
    #dbg_value(i64 1, !293, !DIExpression(), !340)
    #dbg_value(i64 2, !293, !DIExpression(), !340)
    #dbg_value(i64 3, !293, !DIExpression(), !340)
    #dbg_value(i64 4, !293, !DIExpression(), !340)
    #dbg_value(i64 5, !293, !DIExpression(), !340)
    #dbg_value(i64 6, !293, !DIExpression(), !340)
    #dbg_value(i64 7, !293, !DIExpression(), !340)
    #dbg_value(i64 8, !293, !DIExpression(), !340)
    #dbg_value(i64 9, !293, !DIExpression(), !340)
    #dbg_value(i64 10, !293, !DIExpression(), !340)
    #dbg_value(i64 11, !293, !DIExpression(), !340)
    #dbg_value(i64 12, !293, !DIExpression(), !340)
    #dbg_value(i64 13, !293, !DIExpression(), !340)
    #dbg_value(i64 14, !293, !DIExpression(), !340)
    #dbg_value(i64 15, !293, !DIExpression(), !340)
    #dbg_value(i64 16, !293, !DIExpression(), !340)
    #dbg_value(i64 17, !293, !DIExpression(), !340)
    #dbg_value(i64 18, !293, !DIExpression(), !340)
    #dbg_value(i64 19, !293, !DIExpression(), !340)
    #dbg_value(i64 20, !293, !DIExpression(), !340)
    #dbg_value(i64 21, !293, !DIExpression(), !340)
    #dbg_value(i64 22, !293, !DIExpression(), !340)
    #dbg_value(i64 23, !293, !DIExpression(), !340)
    #dbg_value(i64 24, !293, !DIExpression(), !340)
    #dbg_value(i64 25, !293, !DIExpression(), !340)
    #dbg_value(i64 26, !293, !DIExpression(), !340)
    #dbg_value(i64 27, !293, !DIExpression(), !340)
    #dbg_value(i64 28, !293, !DIExpression(), !340)
    #dbg_value(i64 29, !293, !DIExpression(), !340)
    #dbg_value(i64 30, !293, !DIExpression(), !340)
    #dbg_value(i64 31, !293, !DIExpression(), !340)
    #dbg_value(i64 32, !293, !DIExpression(), !340)
  %23 = mul nsw i32 %13, %22, !dbg !341
  %24 = load <4 x i32>, ptr %1, align 4, !dbg !332
  %25 = insertelement <4 x i32> poison, i32 %2, i64 0, !dbg !342
  %26 = shufflevector <4 x i32> %25, <4 x i32> poison, <4 x i32> zeroinitializer, !dbg !342
  %27 = mul nsw <4 x i32> %24, %26, !dbg !342
  %28 = insertelement <4 x i32> poison, i32 %22, i64 0, !dbg !343
  %29 = shufflevector <4 x i32> %28, <4 x i32> poison, <4 x i32> zeroinitializer, !dbg !343
  %30 = mul nsw <4 x i32> %27, %29, !dbg !343
    #dbg_value(i64 33, !293, !DIExpression(), !340)
  %31 = load <4 x i32>, ptr %4, align 4, !dbg !332
  %32 = mul nsw <4 x i32> %31, %26, !dbg !344
  %33 = mul nsw <4 x i32> %32, %29, !dbg !345
  %34 = load <4 x i32>, ptr %5, align 4, !dbg !332
  %35 = mul nsw <4 x i32> %34, %26, !dbg !346
  %36 = mul nsw <4 x i32> %35, %29, !dbg !347
  %37 = load <4 x i32>, ptr %6, align 4, !dbg !332
  %38 = mul nsw <4 x i32> %37, %26, !dbg !348
  %39 = mul nsw <4 x i32> %38, %29, !dbg !349
  %40 = load <4 x i32>, ptr %7, align 4, !dbg !332
  %41 = mul nsw <4 x i32> %40, %26, !dbg !350
  %42 = mul nsw <4 x i32> %41, %29, !dbg !351
  %43 = load <4 x i32>, ptr %8, align 4, !dbg !332
  %44 = mul nsw <4 x i32> %43, %26, !dbg !352
  %45 = mul nsw <4 x i32> %44, %29, !dbg !353
  %46 = load <4 x i32>, ptr %9, align 4, !dbg !332
  %47 = mul nsw <4 x i32> %46, %26, !dbg !354
  %48 = mul nsw <4 x i32> %47, %29, !dbg !355
  %49 = load <4 x i32>, ptr %10, align 4, !dbg !332
  %50 = mul nsw <4 x i32> %49, %26, !dbg !356
  %51 = mul nsw <4 x i32> %50, %29, !dbg !357
  store <4 x i32> %30, ptr %0, align 4, !dbg !358
  store <4 x i32> %33, ptr %14, align 4, !dbg !358
  store <4 x i32> %36, ptr %15, align 4, !dbg !358
  store <4 x i32> %39, ptr %16, align 4, !dbg !358
  store <4 x i32> %42, ptr %17, align 4, !dbg !358
  store <4 x i32> %45, ptr %18, align 4, !dbg !358
  store <4 x i32> %48, ptr %19, align 4, !dbg !358
  store <4 x i32> %51, ptr %20, align 4, !dbg !358
  store i32 %23, ptr %21, align 4, !dbg !358, !tbaa !124
  ret void, !dbg !359
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.vector.reduce.add.v4i32(<4 x i32>) #9

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #1 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #6 = { nounwind uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #7 = { "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #8 = { nofree norecurse nosync nounwind memory(argmem: read) uwtable "frame-pointer"="non-leaf-no-reserve" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+fp-armv8,+neon,+outline-atomics,+v8a,-fmv" }
attributes #9 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #10 = { nounwind }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!32, !33, !34, !35, !36, !37, !38, !39}
!llvm.ident = !{!40}
!llvm.errno.tbaa = !{!41}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "global_big", scope: !2, file: !3, line: 24, type: !8, isLocal: true, isDefinition: true)
!2 = distinct !DICompileUnit(language: DW_LANG_C11, file: !3, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false, nameTableKind: None)
!3 = !DIFile(filename: "structs.c", directory: ".", checksumkind: CSK_MD5, checksum: "2e6485aaad6bce4bd08085190aa1b154")
!4 = !{!5, !0}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "global_ptr", scope: !2, file: !3, line: 25, type: !7, isLocal: false, isDefinition: true)
!7 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !8, size: 64)
!8 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "big", file: !3, line: 4, size: 2624, elements: !9)
!9 = !{!10, !14, !19, !29}
!10 = !DIDerivedType(tag: DW_TAG_member, name: "id", scope: !8, file: !3, line: 4, baseType: !11, size: 64)
!11 = !DIDerivedType(tag: DW_TAG_typedef, name: "int64_t", file: !12, line: 100, baseType: !13)
!12 = !DIFile(filename: "/usr/lib/llvm-22/lib/clang/22/include/stdint.h", directory: "", checksumkind: CSK_MD5, checksum: "a47a6a6c7fcbc62776237de6abac9549")
!13 = !DIBasicType(name: "long", size: 64, encoding: DW_ATE_signed)
!14 = !DIDerivedType(tag: DW_TAG_member, name: "name", scope: !8, file: !3, line: 4, baseType: !15, size: 960, offset: 64)
!15 = !DICompositeType(tag: DW_TAG_array_type, baseType: !16, size: 960, elements: !17)
!16 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_unsigned_char)
!17 = !{!18}
!18 = !DISubrange(count: 120)
!19 = !DIDerivedType(tag: DW_TAG_member, name: "pos", scope: !8, file: !3, line: 4, baseType: !20, size: 1536, offset: 1024)
!20 = !DICompositeType(tag: DW_TAG_array_type, baseType: !21, size: 1536, elements: !27)
!21 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "vec3", file: !3, line: 3, size: 192, elements: !22)
!22 = !{!23, !25, !26}
!23 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !21, file: !3, line: 3, baseType: !24, size: 64)
!24 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!25 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !21, file: !3, line: 3, baseType: !24, size: 64, offset: 64)
!26 = !DIDerivedType(tag: DW_TAG_member, name: "z", scope: !21, file: !3, line: 3, baseType: !24, size: 64, offset: 128)
!27 = !{!28}
!28 = !DISubrange(count: 8)
!29 = !DIDerivedType(tag: DW_TAG_member, name: "flags", scope: !8, file: !3, line: 4, baseType: !30, size: 32, offset: 2560)
!30 = !DIDerivedType(tag: DW_TAG_typedef, name: "uint32_t", file: !12, line: 202, baseType: !31)
!31 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!32 = !{i32 7, !"Dwarf Version", i32 5}
!33 = !{i32 2, !"Debug Info Version", i32 3}
!34 = !{i32 1, !"wchar_size", i32 4}
!35 = !{i32 8, !"PIC Level", i32 2}
!36 = !{i32 7, !"PIE Level", i32 2}
!37 = !{i32 7, !"uwtable", i32 2}
!38 = !{i32 7, !"frame-pointer", i32 4}
!39 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!40 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!41 = !{!42, !42, i64 0}
!42 = !{!"int", !43, i64 0}
!43 = !{!"omnipotent char", !44, i64 0}
!44 = !{!"Simple C/C++ TBAA"}
!45 = distinct !DISubprogram(name: "vec3_add", scope: !3, file: !3, line: 8, type: !46, scopeLine: 8, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !48, keyInstructions: true)
!46 = !DISubroutineType(types: !47)
!47 = !{!21, !21, !21}
!48 = !{!49, !50, !51}
!49 = !DILocalVariable(name: "a", arg: 1, scope: !45, file: !3, line: 8, type: !21)
!50 = !DILocalVariable(name: "b", arg: 2, scope: !45, file: !3, line: 8, type: !21)
!51 = !DILocalVariable(name: "r", scope: !45, file: !3, line: 9, type: !21)
!52 = !DILocation(line: 0, scope: !45)
!53 = !DILocation(line: 9, column: 25, scope: !45, atomGroup: 1, atomRank: 2)
!54 = !DILocation(line: 9, column: 36, scope: !45, atomGroup: 1, atomRank: 2)
!55 = !DILocation(line: 9, column: 47, scope: !45, atomGroup: 1, atomRank: 2)
!56 = !DILocation(line: 10, column: 3, scope: !45, atomGroup: 2, atomRank: 2)
!57 = !DILocation(line: 10, column: 3, scope: !45, atomGroup: 2, atomRank: 1)
!58 = distinct !DISubprogram(name: "vec3_dot", scope: !3, file: !3, line: 13, type: !59, scopeLine: 13, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !61, keyInstructions: true)
!59 = !DISubroutineType(types: !60)
!60 = !{!24, !21, !21}
!61 = !{!62, !63}
!62 = !DILocalVariable(name: "a", arg: 1, scope: !58, file: !3, line: 13, type: !21)
!63 = !DILocalVariable(name: "b", arg: 2, scope: !58, file: !3, line: 13, type: !21)
!64 = !DILocation(line: 0, scope: !58)
!65 = !DILocation(line: 13, column: 72, scope: !58)
!66 = !DILocation(line: 13, column: 66, scope: !58)
!67 = !DILocation(line: 13, column: 78, scope: !58, atomGroup: 1, atomRank: 2)
!68 = !DILocation(line: 13, column: 49, scope: !58, atomGroup: 1, atomRank: 1)
!69 = distinct !DISubprogram(name: "big_update", scope: !3, file: !3, line: 16, type: !70, scopeLine: 16, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !72, keyInstructions: true)
!70 = !DISubroutineType(types: !71)
!71 = !{!8, !8, !11}
!72 = !{!73, !74, !75}
!73 = !DILocalVariable(name: "b", arg: 1, scope: !69, file: !3, line: 16, type: !8)
!74 = !DILocalVariable(name: "id", arg: 2, scope: !69, file: !3, line: 16, type: !11)
!75 = !DILocalVariable(name: "i", scope: !76, file: !3, line: 19, type: !77)
!76 = distinct !DILexicalBlock(scope: !69, file: !3, line: 19, column: 3)
!77 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!78 = !DILocation(line: 0, scope: !69)
!79 = !DILocation(line: 17, column: 8, scope: !69, atomGroup: 1, atomRank: 1)
!80 = !{!81, !82, i64 0}
!81 = !{!"big", !82, i64 0, !43, i64 8, !43, i64 128, !42, i64 320}
!82 = !{!"long", !43, i64 0}
!83 = !DILocation(line: 18, column: 17, scope: !69)
!84 = !DILocation(line: 18, column: 5, scope: !69)
!85 = !DILocation(line: 18, column: 11, scope: !69)
!86 = !{!81, !42, i64 320}
!87 = !DILocation(line: 18, column: 11, scope: !69, atomGroup: 2, atomRank: 2)
!88 = !DILocation(line: 18, column: 11, scope: !69, atomGroup: 2, atomRank: 1)
!89 = !DILocation(line: 0, scope: !76)
!90 = !DILocation(line: 20, column: 35, scope: !91)
!91 = distinct !DILexicalBlock(scope: !76, file: !3, line: 19, column: 3)
!92 = !DILocation(line: 20, column: 16, scope: !91)
!93 = !DILocation(line: 0, scope: !45, inlinedAt: !94)
!94 = distinct !DILocation(line: 20, column: 16, scope: !91)
!95 = !DILocation(line: 9, column: 36, scope: !45, inlinedAt: !94, atomGroup: 1, atomRank: 2)
!96 = !DILocation(line: 20, column: 16, scope: !91, atomGroup: 6, atomRank: 1)
!97 = !{!98, !98, i64 0}
!98 = !{!"double", !43, i64 0}
!99 = !DILocation(line: 9, column: 36, scope: !45, inlinedAt: !94, atomGroup: 13, atomRank: 2)
!100 = !DILocation(line: 9, column: 25, scope: !45, inlinedAt: !94, atomGroup: 1, atomRank: 2)
!101 = !DILocation(line: 9, column: 47, scope: !45, inlinedAt: !94, atomGroup: 1, atomRank: 2)
!102 = !DILocation(line: 20, column: 16, scope: !91, atomGroup: 14, atomRank: 1)
!103 = !DILocation(line: 9, column: 36, scope: !45, inlinedAt: !94, atomGroup: 17, atomRank: 2)
!104 = !DILocation(line: 9, column: 47, scope: !45, inlinedAt: !94, atomGroup: 13, atomRank: 2)
!105 = !DILocation(line: 20, column: 16, scope: !91, atomGroup: 18, atomRank: 1)
!106 = !DILocation(line: 9, column: 36, scope: !45, inlinedAt: !94, atomGroup: 21, atomRank: 2)
!107 = !DILocation(line: 9, column: 47, scope: !45, inlinedAt: !94, atomGroup: 17, atomRank: 2)
!108 = !DILocation(line: 20, column: 16, scope: !91, atomGroup: 22, atomRank: 1)
!109 = !DILocation(line: 9, column: 36, scope: !45, inlinedAt: !94, atomGroup: 25, atomRank: 2)
!110 = !DILocation(line: 9, column: 47, scope: !45, inlinedAt: !94, atomGroup: 21, atomRank: 2)
!111 = !DILocation(line: 20, column: 16, scope: !91, atomGroup: 26, atomRank: 1)
!112 = !DILocation(line: 9, column: 36, scope: !45, inlinedAt: !94, atomGroup: 29, atomRank: 2)
!113 = !DILocation(line: 9, column: 47, scope: !45, inlinedAt: !94, atomGroup: 25, atomRank: 2)
!114 = !DILocation(line: 20, column: 16, scope: !91, atomGroup: 30, atomRank: 1)
!115 = !DILocation(line: 9, column: 47, scope: !45, inlinedAt: !94, atomGroup: 29, atomRank: 2)
!116 = !DILocation(line: 9, column: 36, scope: !45, inlinedAt: !94, atomGroup: 33, atomRank: 2)
!117 = !DILocation(line: 20, column: 16, scope: !91, atomGroup: 34, atomRank: 1)
!118 = !DILocation(line: 9, column: 36, scope: !45, inlinedAt: !94, atomGroup: 37, atomRank: 2)
!119 = !DILocation(line: 9, column: 47, scope: !45, inlinedAt: !94, atomGroup: 33, atomRank: 2)
!120 = !DILocation(line: 20, column: 16, scope: !91, atomGroup: 38, atomRank: 1)
!121 = !DILocation(line: 21, column: 10, scope: !69, atomGroup: 9, atomRank: 1)
!122 = !{i64 0, i64 8, !123, i64 8, i64 120, !124, i64 128, i64 192, !124, i64 320, i64 4, !41}
!123 = !{!82, !82, i64 0}
!124 = !{!43, !43, i64 0}
!125 = !DILocation(line: 21, column: 3, scope: !69, atomGroup: 9, atomRank: 1)
!126 = distinct !DISubprogram(name: "big_store", scope: !3, file: !3, line: 27, type: !127, scopeLine: 27, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !131, keyInstructions: true)
!127 = !DISubroutineType(types: !128)
!128 = !{null, !129}
!129 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !130, size: 64)
!130 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !8)
!131 = !{!132}
!132 = !DILocalVariable(name: "src", arg: 1, scope: !126, file: !3, line: 27, type: !129)
!133 = !DILocation(line: 0, scope: !126)
!134 = !DILocation(line: 27, column: 54, scope: !126, atomGroup: 1, atomRank: 1)
!135 = !DILocation(line: 27, column: 60, scope: !126, atomGroup: 2, atomRank: 1)
!136 = distinct !DISubprogram(name: "big_roundtrip", scope: !3, file: !3, line: 29, type: !137, scopeLine: 29, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !139, keyInstructions: true)
!137 = !DISubroutineType(types: !138)
!138 = !{null, !11}
!139 = !{!140, !141, !142}
!140 = !DILocalVariable(name: "id", arg: 1, scope: !136, file: !3, line: 29, type: !11)
!141 = !DILocalVariable(name: "local", scope: !136, file: !3, line: 30, type: !8)
!142 = !DILocalVariable(name: "out", scope: !136, file: !3, line: 31, type: !8)
!143 = distinct !DIAssignID()
!144 = !DILocation(line: 0, scope: !136)
!145 = distinct !DIAssignID()
!146 = !DILocation(line: 0, scope: !69, inlinedAt: !147)
!147 = distinct !DILocation(line: 31, column: 20, scope: !136)
!148 = !DILocation(line: 21, column: 10, scope: !69, inlinedAt: !147, atomGroup: 9, atomRank: 1)
!149 = !DILocation(line: 31, column: 3, scope: !136)
!150 = !DILocation(line: 30, column: 22, scope: !136, atomGroup: 1, atomRank: 1)
!151 = distinct !DIAssignID()
!152 = !DILocation(line: 18, column: 17, scope: !69, inlinedAt: !147)
!153 = !DILocation(line: 18, column: 11, scope: !69, inlinedAt: !147, atomGroup: 2, atomRank: 2)
!154 = !DILocation(line: 0, scope: !76, inlinedAt: !147)
!155 = !DILocation(line: 0, scope: !45, inlinedAt: !156)
!156 = distinct !DILocation(line: 20, column: 16, scope: !91, inlinedAt: !147)
!157 = !DILocation(line: 9, column: 36, scope: !45, inlinedAt: !156, atomGroup: 1, atomRank: 2)
!158 = !DILocation(line: 9, column: 36, scope: !45, inlinedAt: !156, atomGroup: 13, atomRank: 2)
!159 = !DILocation(line: 9, column: 36, scope: !45, inlinedAt: !156, atomGroup: 17, atomRank: 2)
!160 = !DILocation(line: 9, column: 36, scope: !45, inlinedAt: !156, atomGroup: 21, atomRank: 2)
!161 = !DILocation(line: 9, column: 36, scope: !45, inlinedAt: !156, atomGroup: 25, atomRank: 2)
!162 = !DILocation(line: 9, column: 36, scope: !45, inlinedAt: !156, atomGroup: 29, atomRank: 2)
!163 = distinct !DIAssignID()
!164 = distinct !DIAssignID()
!165 = !DILocation(line: 9, column: 25, scope: !45, inlinedAt: !156, atomGroup: 1, atomRank: 2)
!166 = !DILocation(line: 9, column: 47, scope: !45, inlinedAt: !156, atomGroup: 1, atomRank: 2)
!167 = distinct !DIAssignID()
!168 = distinct !DIAssignID()
!169 = distinct !DIAssignID()
!170 = !DILocation(line: 9, column: 47, scope: !45, inlinedAt: !156, atomGroup: 13, atomRank: 2)
!171 = distinct !DIAssignID()
!172 = distinct !DIAssignID()
!173 = !DILocation(line: 9, column: 47, scope: !45, inlinedAt: !156, atomGroup: 17, atomRank: 2)
!174 = distinct !DIAssignID()
!175 = distinct !DIAssignID()
!176 = !DILocation(line: 9, column: 47, scope: !45, inlinedAt: !156, atomGroup: 21, atomRank: 2)
!177 = distinct !DIAssignID()
!178 = distinct !DIAssignID()
!179 = !DILocation(line: 9, column: 47, scope: !45, inlinedAt: !156, atomGroup: 25, atomRank: 2)
!180 = distinct !DIAssignID()
!181 = distinct !DIAssignID()
!182 = !DILocation(line: 9, column: 47, scope: !45, inlinedAt: !156, atomGroup: 29, atomRank: 2)
!183 = distinct !DIAssignID()
!184 = !DILocation(line: 9, column: 36, scope: !45, inlinedAt: !156, atomGroup: 33, atomRank: 2)
!185 = !DILocation(line: 9, column: 36, scope: !45, inlinedAt: !156, atomGroup: 37, atomRank: 2)
!186 = distinct !DIAssignID()
!187 = !DILocation(line: 9, column: 47, scope: !45, inlinedAt: !156, atomGroup: 33, atomRank: 2)
!188 = distinct !DIAssignID()
!189 = distinct !DIAssignID()
!190 = distinct !DIAssignID()
!191 = distinct !DIAssignID()
!192 = distinct !DIAssignID()
!193 = !DILocation(line: 32, column: 3, scope: !136)
!194 = !DILocation(line: 33, column: 1, scope: !136)
!195 = !DILocation(line: 33, column: 1, scope: !136, atomGroup: 3, atomRank: 1)
!196 = !DISubprogram(name: "sink", scope: !197, file: !197, line: 28, type: !198, flags: DIFlagPrototyped, spFlags: DISPFlagOptimized)
!197 = !DIFile(filename: "./common.h", directory: ".", checksumkind: CSK_MD5, checksum: "f8428d9617751960c87137e9d7f682ec")
!198 = !DISubroutineType(types: !199)
!199 = !{null, !200, !202}
!200 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !201, size: 64)
!201 = !DIDerivedType(tag: DW_TAG_const_type, baseType: null)
!202 = !DIDerivedType(tag: DW_TAG_typedef, name: "size_t", file: !203, line: 18, baseType: !204)
!203 = !DIFile(filename: "/usr/lib/llvm-22/lib/clang/22/include/__stddef_size_t.h", directory: "", checksumkind: CSK_MD5, checksum: "2c44e821a2b1951cde2eb0fb2e656867")
!204 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!205 = distinct !DISubprogram(name: "pair_swap", scope: !3, file: !3, line: 35, type: !206, scopeLine: 35, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !222, keyInstructions: true)
!206 = !DISubroutineType(types: !207)
!207 = !{!208, !208}
!208 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "pair", file: !3, line: 6, size: 128, elements: !209)
!209 = !{!210, !221}
!210 = !DIDerivedType(tag: DW_TAG_member, name: "lo", scope: !208, file: !3, line: 6, baseType: !211, size: 64)
!211 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "small", file: !3, line: 5, size: 64, elements: !212)
!212 = !{!213, !215, !218}
!213 = !DIDerivedType(tag: DW_TAG_member, name: "a", scope: !211, file: !3, line: 5, baseType: !214, size: 32)
!214 = !DIDerivedType(tag: DW_TAG_typedef, name: "int32_t", file: !12, line: 197, baseType: !77)
!215 = !DIDerivedType(tag: DW_TAG_member, name: "b", scope: !211, file: !3, line: 5, baseType: !216, size: 16, offset: 32)
!216 = !DIDerivedType(tag: DW_TAG_typedef, name: "int16_t", file: !12, line: 245, baseType: !217)
!217 = !DIBasicType(name: "short", size: 16, encoding: DW_ATE_signed)
!218 = !DIDerivedType(tag: DW_TAG_member, name: "c", scope: !211, file: !3, line: 5, baseType: !219, size: 8, offset: 48)
!219 = !DIDerivedType(tag: DW_TAG_typedef, name: "int8_t", file: !12, line: 268, baseType: !220)
!220 = !DIBasicType(name: "signed char", size: 8, encoding: DW_ATE_signed_char)
!221 = !DIDerivedType(tag: DW_TAG_member, name: "hi", scope: !208, file: !3, line: 6, baseType: !211, size: 64, offset: 64)
!222 = !{!223, !224}
!223 = !DILocalVariable(name: "p", arg: 1, scope: !205, file: !3, line: 35, type: !208)
!224 = !DILocalVariable(name: "r", scope: !205, file: !3, line: 36, type: !208)
!225 = !DILocation(line: 0, scope: !205)
!226 = !DILocation(line: 37, column: 3, scope: !205, atomGroup: 2, atomRank: 2)
!227 = !DILocation(line: 37, column: 3, scope: !205, atomGroup: 2, atomRank: 1)
!228 = distinct !DISubprogram(name: "small_sum", scope: !3, file: !3, line: 40, type: !229, scopeLine: 40, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !231, keyInstructions: true)
!229 = !DISubroutineType(types: !230)
!230 = !{!77, !211}
!231 = !{!232}
!232 = !DILocalVariable(name: "s", arg: 1, scope: !228, file: !3, line: 40, type: !211)
!233 = !DILocation(line: 0, scope: !228)
!234 = !DILocation(line: 40, column: 46, scope: !228)
!235 = !DILocation(line: 40, column: 44, scope: !228)
!236 = !DILocation(line: 40, column: 52, scope: !228)
!237 = !DILocation(line: 40, column: 50, scope: !228, atomGroup: 1, atomRank: 2)
!238 = !DILocation(line: 40, column: 33, scope: !228, atomGroup: 1, atomRank: 1)
!239 = distinct !DISubprogram(name: "pair_total", scope: !3, file: !3, line: 42, type: !240, scopeLine: 42, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !243, keyInstructions: true)
!240 = !DISubroutineType(types: !241)
!241 = !{!77, !242, !77}
!242 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !208, size: 64)
!243 = !{!244, !245, !246, !247, !249}
!244 = !DILocalVariable(name: "ps", arg: 1, scope: !239, file: !3, line: 42, type: !242)
!245 = !DILocalVariable(name: "n", arg: 2, scope: !239, file: !3, line: 42, type: !77)
!246 = !DILocalVariable(name: "t", scope: !239, file: !3, line: 43, type: !77)
!247 = !DILocalVariable(name: "i", scope: !248, file: !3, line: 44, type: !77)
!248 = distinct !DILexicalBlock(scope: !239, file: !3, line: 44, column: 3)
!249 = !DILocalVariable(name: "q", scope: !250, file: !3, line: 45, type: !208)
!250 = distinct !DILexicalBlock(scope: !251, file: !3, line: 44, column: 31)
!251 = distinct !DILexicalBlock(scope: !248, file: !3, line: 44, column: 3)
!252 = !DILocation(line: 0, scope: !239)
!253 = !DILocation(line: 0, scope: !248)
!254 = !DILocation(line: 44, column: 21, scope: !251, atomGroup: 41, atomRank: 1)
!255 = !DILocation(line: 44, column: 3, scope: !248, atomGroup: 42, atomRank: 1)
!256 = !DILocation(line: 44, column: 21, scope: !251, atomGroup: 3, atomRank: 1)
!257 = !DILocation(line: 44, column: 3, scope: !248)
!258 = !DILocation(line: 44, column: 27, scope: !251, atomGroup: 7, atomRank: 2)
!259 = !DILocation(line: 45, column: 31, scope: !250)
!260 = !DILocation(line: 45, column: 21, scope: !250)
!261 = !DILocation(line: 40, column: 46, scope: !228, inlinedAt: !262)
!262 = distinct !DILocation(line: 46, column: 10, scope: !250)
!263 = !DILocation(line: 40, column: 52, scope: !228, inlinedAt: !262)
!264 = !DILocation(line: 40, column: 46, scope: !228, inlinedAt: !265)
!265 = distinct !DILocation(line: 46, column: 28, scope: !250)
!266 = !DILocation(line: 40, column: 52, scope: !228, inlinedAt: !265)
!267 = !DILocation(line: 40, column: 44, scope: !228, inlinedAt: !262)
!268 = !DILocation(line: 40, column: 50, scope: !228, inlinedAt: !262, atomGroup: 1, atomRank: 2)
!269 = !DILocation(line: 46, column: 26, scope: !250)
!270 = !DILocation(line: 46, column: 7, scope: !250, atomGroup: 6, atomRank: 2)
!271 = !DILocation(line: 44, column: 3, scope: !248, atomGroup: 4, atomRank: 1)
!272 = distinct !{!272, !273, !274, !275}
!273 = !{!"llvm.loop.mustprogress"}
!274 = !{!"llvm.loop.isvectorized", i32 1}
!275 = !{!"llvm.loop.unroll.runtime.disable"}
!276 = !DILocation(line: 48, column: 3, scope: !239, atomGroup: 10, atomRank: 1)
!277 = !DILocation(line: 0, scope: !250)
!278 = !DILocation(line: 0, scope: !228, inlinedAt: !262)
!279 = !DILocation(line: 0, scope: !228, inlinedAt: !265)
!280 = distinct !{!280, !273, !275, !274}
!281 = distinct !DISubprogram(name: "array_by_value", scope: !3, file: !3, line: 52, type: !282, scopeLine: 52, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !290, keyInstructions: true)
!282 = !DISubroutineType(types: !283)
!283 = !{!284, !284, !77}
!284 = distinct !DICompositeType(tag: DW_TAG_structure_type, name: "with_array", file: !3, line: 51, size: 1056, elements: !285)
!285 = !{!286}
!286 = !DIDerivedType(tag: DW_TAG_member, name: "v", scope: !284, file: !3, line: 51, baseType: !287, size: 1056)
!287 = !DICompositeType(tag: DW_TAG_array_type, baseType: !77, size: 1056, elements: !288)
!288 = !{!289}
!289 = !DISubrange(count: 33)
!290 = !{!291, !292, !293}
!291 = !DILocalVariable(name: "a", arg: 1, scope: !281, file: !3, line: 52, type: !284)
!292 = !DILocalVariable(name: "k", arg: 2, scope: !281, file: !3, line: 52, type: !77)
!293 = !DILocalVariable(name: "i", scope: !294, file: !3, line: 53, type: !77)
!294 = distinct !DILexicalBlock(scope: !281, file: !3, line: 53, column: 3)
!295 = !DILocation(line: 0, scope: !281)
!296 = !DILocation(line: 0, scope: !294)
!297 = !DILocation(line: 53, column: 39, scope: !298)
!298 = distinct !DILexicalBlock(scope: !294, file: !3, line: 53, column: 3)
!299 = !DILocation(line: 53, column: 39, scope: !298, atomGroup: 4, atomRank: 2)
!300 = !DILocation(line: 53, column: 39, scope: !298, atomGroup: 4, atomRank: 1)
!301 = !DILocation(line: 53, column: 32, scope: !298)
!302 = !DILocation(line: 53, column: 39, scope: !298, atomGroup: 57, atomRank: 2)
!303 = !DILocation(line: 53, column: 39, scope: !298, atomGroup: 57, atomRank: 1)
!304 = !DILocation(line: 53, column: 39, scope: !298, atomGroup: 73, atomRank: 2)
!305 = !DILocation(line: 53, column: 39, scope: !298, atomGroup: 73, atomRank: 1)
!306 = !DILocation(line: 53, column: 39, scope: !298, atomGroup: 89, atomRank: 2)
!307 = !DILocation(line: 53, column: 39, scope: !298, atomGroup: 89, atomRank: 1)
!308 = !DILocation(line: 53, column: 39, scope: !298, atomGroup: 105, atomRank: 2)
!309 = !DILocation(line: 53, column: 39, scope: !298, atomGroup: 105, atomRank: 1)
!310 = !DILocation(line: 53, column: 39, scope: !298, atomGroup: 121, atomRank: 2)
!311 = !DILocation(line: 53, column: 39, scope: !298, atomGroup: 121, atomRank: 1)
!312 = !DILocation(line: 53, column: 39, scope: !298, atomGroup: 137, atomRank: 2)
!313 = !DILocation(line: 53, column: 39, scope: !298, atomGroup: 137, atomRank: 1)
!314 = !DILocation(line: 53, column: 39, scope: !298, atomGroup: 153, atomRank: 2)
!315 = !DILocation(line: 53, column: 39, scope: !298, atomGroup: 153, atomRank: 1)
!316 = !DILocation(line: 53, column: 39, scope: !298, atomGroup: 169, atomRank: 2)
!317 = !DILocation(line: 53, column: 39, scope: !298, atomGroup: 169, atomRank: 1)
!318 = !DILocation(line: 54, column: 10, scope: !281, atomGroup: 7, atomRank: 1)
!319 = !{i64 0, i64 132, !124}
!320 = !DILocation(line: 54, column: 3, scope: !281, atomGroup: 7, atomRank: 1)
!321 = distinct !DISubprogram(name: "array_copy_chain", scope: !3, file: !3, line: 57, type: !322, scopeLine: 57, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !327, keyInstructions: true)
!322 = !DISubroutineType(types: !323)
!323 = !{null, !324, !325, !77}
!324 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !284, size: 64)
!325 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !326, size: 64)
!326 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !284)
!327 = !{!328, !329, !330}
!328 = !DILocalVariable(name: "dst", arg: 1, scope: !321, file: !3, line: 57, type: !324)
!329 = !DILocalVariable(name: "src", arg: 2, scope: !321, file: !3, line: 57, type: !325)
!330 = !DILocalVariable(name: "k", arg: 3, scope: !321, file: !3, line: 57, type: !77)
!331 = !DILocation(line: 0, scope: !321)
!332 = !DILocation(line: 58, column: 10, scope: !321, atomGroup: 1, atomRank: 1)
!333 = !DILocation(line: 0, scope: !281, inlinedAt: !334)
!334 = distinct !DILocation(line: 58, column: 10, scope: !321)
!335 = !DILocation(line: 0, scope: !294, inlinedAt: !334)
!336 = !DILocation(line: 53, column: 39, scope: !298, inlinedAt: !334, atomGroup: 169, atomRank: 2)
!337 = !DILocation(line: 59, column: 33, scope: !321)
!338 = !DILocation(line: 0, scope: !281, inlinedAt: !339)
!339 = distinct !DILocation(line: 59, column: 10, scope: !321)
!340 = !DILocation(line: 0, scope: !294, inlinedAt: !339)
!341 = !DILocation(line: 53, column: 39, scope: !298, inlinedAt: !339, atomGroup: 169, atomRank: 2)
!342 = !DILocation(line: 53, column: 39, scope: !298, inlinedAt: !334, atomGroup: 4, atomRank: 2)
!343 = !DILocation(line: 53, column: 39, scope: !298, inlinedAt: !339, atomGroup: 4, atomRank: 2)
!344 = !DILocation(line: 53, column: 39, scope: !298, inlinedAt: !334, atomGroup: 57, atomRank: 2)
!345 = !DILocation(line: 53, column: 39, scope: !298, inlinedAt: !339, atomGroup: 57, atomRank: 2)
!346 = !DILocation(line: 53, column: 39, scope: !298, inlinedAt: !334, atomGroup: 73, atomRank: 2)
!347 = !DILocation(line: 53, column: 39, scope: !298, inlinedAt: !339, atomGroup: 73, atomRank: 2)
!348 = !DILocation(line: 53, column: 39, scope: !298, inlinedAt: !334, atomGroup: 89, atomRank: 2)
!349 = !DILocation(line: 53, column: 39, scope: !298, inlinedAt: !339, atomGroup: 89, atomRank: 2)
!350 = !DILocation(line: 53, column: 39, scope: !298, inlinedAt: !334, atomGroup: 105, atomRank: 2)
!351 = !DILocation(line: 53, column: 39, scope: !298, inlinedAt: !339, atomGroup: 105, atomRank: 2)
!352 = !DILocation(line: 53, column: 39, scope: !298, inlinedAt: !334, atomGroup: 121, atomRank: 2)
!353 = !DILocation(line: 53, column: 39, scope: !298, inlinedAt: !339, atomGroup: 121, atomRank: 2)
!354 = !DILocation(line: 53, column: 39, scope: !298, inlinedAt: !334, atomGroup: 137, atomRank: 2)
!355 = !DILocation(line: 53, column: 39, scope: !298, inlinedAt: !339, atomGroup: 137, atomRank: 2)
!356 = !DILocation(line: 53, column: 39, scope: !298, inlinedAt: !334, atomGroup: 153, atomRank: 2)
!357 = !DILocation(line: 53, column: 39, scope: !298, inlinedAt: !339, atomGroup: 153, atomRank: 2)
!358 = !DILocation(line: 59, column: 10, scope: !321, atomGroup: 2, atomRank: 1)
!359 = !DILocation(line: 60, column: 1, scope: !321, atomGroup: 3, atomRank: 1)
